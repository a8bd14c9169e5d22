using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Auditing;

/// <summary>Writes audit events that no entity change would record by itself: views, sign-ins, refusals.</summary>
public sealed class AuditTrail(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, RecentViews recentViews)
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(entry.ToEvent(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records several views at once (one per family a list showed), in one write; each is de-duplicated as a single view is.</summary>
    public async Task RecordViewsAsync(IEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = entries.Where(e => recentViews.IsNew(e, null)).Select(e => e.ToEvent(now)).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records that someone saw case content, once per visit: an identical view moments ago is not recorded again.</summary>
    public Task RecordViewAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        RecordViewAsync(entry, null, cancellationToken);

    /// <summary>As above; <paramref name="unrecorded"/> tells two views apart but is never stored, such as the words searched for.</summary>
    public async Task RecordViewAsync(AuditEntry entry, string? unrecorded, CancellationToken cancellationToken = default)
    {
        if (recentViews.IsNew(entry, unrecorded))
        {
            try
            {
                await RecordAsync(entry, cancellationToken);
            }
            catch
            {
                // Not written, so not seen: a view shown after a failed write is recorded next time, never skipped.
                recentViews.Forget(entry, unrecorded);
                throw;
            }
        }
    }
}

public sealed record AuditEntry(
    AuditAction Action,
    string ActorName,
    int? ActorStaffId = null,
    string? RecordType = null,
    string? RecordId = null,
    int? FamilyId = null,
    string? Detail = null)
{
    internal AuditEvent ToEvent(DateTime nowUtc) => new()
    {
        OccurredAtUtc = nowUtc,
        ActorStaffId = ActorStaffId,
        ActorName = ActorName,
        Action = Action,
        RecordType = RecordType,
        RecordId = RecordId,
        FamilyId = FamilyId,
        Detail = AuditEvent.Fit(Detail),
    };
}
