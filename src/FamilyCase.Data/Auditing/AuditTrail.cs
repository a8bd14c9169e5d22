using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Auditing;

/// <summary>Writes audit events that no entity change would record by itself: views, sign-ins, refusals.</summary>
public sealed class AuditTrail(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    /// <summary>
    /// A page is drawn twice when it opens (once on the server, once live), so the same view by the same person within
    /// this window is one view.
    /// </summary>
    public static readonly TimeSpan SameViewWindow = TimeSpan.FromSeconds(60);

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(entry.ToEvent(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records that someone saw case content, once per visit: an identical view moments ago is not recorded again.</summary>
    public async Task RecordViewAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - SameViewWindow;
        var detail = AuditEvent.Fit(entry.Detail);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var seen = await db.AuditEvents.AnyAsync(e => e.ActorStaffId == entry.ActorStaffId && e.OccurredAtUtc >= since
            && e.Action == entry.Action && e.RecordType == entry.RecordType && e.RecordId == entry.RecordId
            && e.FamilyId == entry.FamilyId && e.Detail == detail, cancellationToken);
        if (!seen)
        {
            db.AuditEvents.Add(entry.ToEvent(now));
            await db.SaveChangesAsync(cancellationToken);
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
