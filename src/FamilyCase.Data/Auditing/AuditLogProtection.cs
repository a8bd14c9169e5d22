using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Auditing;

/// <summary>Keeps the audit log append-only: any attempt to change or remove an audit event fails the whole save.</summary>
public sealed class AuditLogProtection : BeforeSaveCheck
{
    protected override void Check(DbContext context)
    {
        var tampered = context.ChangeTracker.Entries<AuditEvent>()
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered)
        {
            throw new InvalidOperationException("Audit events are append-only and cannot be changed or deleted.");
        }
    }
}
