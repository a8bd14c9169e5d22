using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Auditing;

/// <summary>Writes audit events that no entity change would record by itself: views, sign-ins, refusals.</summary>
public sealed class AuditTrail(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            ActorStaffId = entry.ActorStaffId,
            ActorName = entry.ActorName,
            Action = entry.Action,
            RecordType = entry.RecordType,
            RecordId = entry.RecordId,
            FamilyId = entry.FamilyId,
            Detail = entry.Detail,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record AuditEntry(
    AuditAction Action,
    string ActorName,
    int? ActorStaffId = null,
    string? RecordType = null,
    string? RecordId = null,
    int? FamilyId = null,
    string? Detail = null);
