using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore.Storage;

namespace FamilyCase.Data.Auditing;

/// <summary>Changes seen before a save whose audit events are written once the new records have their ids.</summary>
internal sealed class ChangeAuditBatch(AuditActor actor, IReadOnlyList<AuditedChange> changes, IDbContextTransaction? ownedTransaction)
{
    public AuditActor Actor { get; } = actor;
    public IReadOnlyList<AuditedChange> Changes { get; } = changes;
    public IDbContextTransaction? OwnedTransaction { get; } = ownedTransaction;
}

internal sealed record AuditedChange(object Entity, AuditAction Action, string RecordType, IReadOnlyList<string> ChangedFields);
