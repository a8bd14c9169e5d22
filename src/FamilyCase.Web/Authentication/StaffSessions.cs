using System.Collections.Concurrent;
using FamilyCase.Data;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// The server's record of who is signed in. A session ends on the server — after inactivity, after its lifetime, when the
/// person signs out anywhere, or when their account is deactivated or its role, team or password changes — whatever the
/// browser does.
/// </summary>
public sealed class StaffSessions(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AuthenticationSettings settings, SessionSignals signals)
{
    private readonly ConcurrentDictionary<Guid, DateTime> _lastTouched = new();

    /// <summary>
    /// Lets the browser's own idle sign-out, which is audited as such, come first. Activity reaches this record late by up
    /// to two touch intervals (the browser reports at most once per interval, and the server records at most once per
    /// interval), so the server waits that much longer before it calls a session idle.
    /// </summary>
    public TimeSpan Grace => AuthenticationRegistration.SignOutGrace + 2 * TouchInterval;

    // The same interval as the browser's keep-alive in idle-session.js.
    private TimeSpan TouchInterval => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, settings.IdleTimeout.Ticks / 4));

    public async Task<StartedSession> StartAsync(int staffId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = new StaffSession { Id = Guid.NewGuid(), StaffMemberId = staffId, StartedAtUtc = now, LastSeenAtUtc = now };
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new StartedSession(session.Id, session.StartedAtUtc);
    }

    /// <summary>Re-reads the session, the staff record and (for local accounts) the security stamp; ends the session and says why when it must end.</summary>
    public async Task<SessionEnd?> CheckAsync(SignedInStaff staff, string? securityStamp, CancellationToken cancellationToken)
    {
        if (staff.SessionId is not { } sessionId)
        {
            return SessionEnd.SecurityChanged;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var session = await db.StaffSessions.AsNoTracking().Include(s => s.StaffMember).SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.StaffMemberId != staff.StaffId)
        {
            return SessionEnd.SecurityChanged;
        }

        var reason = settings.Sessions.WhyEnd(session, session.StaffMember, staff.Scope, now, Grace);
        if (reason is null && securityStamp is not null
            && await db.Users.Where(u => u.StaffMemberId == staff.StaffId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken) != securityStamp)
        {
            reason = SessionEnd.SecurityChanged;
        }

        if (reason is { } ending && session.EndedAtUtc is null)
        {
            await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, ending), cancellationToken);
        }

        return reason;
    }

    /// <summary>Records activity in a session, at most once a minute (or four times per idle period when that is shorter).</summary>
    public async Task TouchAsync(Guid sessionId, DateTime activityUtc, CancellationToken cancellationToken)
    {
        if (_lastTouched.TryGetValue(sessionId, out var last) && activityUtc - last < TouchInterval)
        {
            return;
        }

        _lastTouched[sessionId] = activityUtc;
        if (_lastTouched.Count > 4096)
        {
            foreach (var stale in _lastTouched.Where(pair => activityUtc - pair.Value > settings.IdleTimeout + Grace))
            {
                _lastTouched.TryRemove(stale);
            }
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAtUtc == null && s.LastSeenAtUtc < activityUtc)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, activityUtc), cancellationToken);
    }

    /// <summary>Ends this one session (an idle sign-out in this browser).</summary>
    public async Task EndAsync(Guid sessionId, SessionEnd reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, reason), cancellationToken);
        _lastTouched.TryRemove(sessionId, out _);
    }

    /// <summary>Ends every open session of a person, except <paramref name="keep"/>, and tells this server's open connections.</summary>
    public async Task EndAllAsync(int staffId, SessionEnd reason, CancellationToken cancellationToken, Guid? keep = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var open = db.StaffSessions.Where(s => s.StaffMemberId == staffId && s.EndedAtUtc == null);
        if (keep is { } kept)
        {
            open = open.Where(s => s.Id != kept);
        }

        await open.ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAtUtc, now).SetProperty(x => x.EndReason, reason), cancellationToken);
        signals.SessionsEnded(staffId);
    }
}

/// <summary>A session just started: what the sign-in cookie names.</summary>
public sealed record StartedSession(Guid Id, DateTime StartedAtUtc);
