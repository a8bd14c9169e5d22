using FamilyCase.Domain;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FamilyCase.Data.Auditing;

/// <summary>
/// Writes an audit event for every create, change and close of a family record, naming the changed fields but
/// never their values; stamps times and bumps versions. A save of family records without an actor fails,
/// so no code path can change case data silently.
/// </summary>
public sealed class ChangeAuditing(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Bookkeeping = ["Version", "UpdatedAtUtc", "CreatedAtUtc"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is FamilyCaseDb db && db.ChangeTracker.Entries().Any(e => e.State != EntityState.Unchanged && AuditedRecords.IsAudited(e.Entity))
            ? throw new InvalidOperationException("Save family records with SaveChangesAsync so the audit trail is written.")
            : result;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not FamilyCaseDb db || db.PendingChangeAudit is not null)
        {
            return result;
        }

        var entries = db.ChangeTracker.Entries()
            .Where(e => AuditedRecords.IsAudited(e.Entity) && (e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted || HasModifiedParts(e)))
            .ToList();
        if (entries.Count == 0)
        {
            return result;
        }

        var actor = db.Actor ?? throw new InvalidOperationException("Changes to family records need an actor (FamilyCaseDb.Actor) for the audit trail.");
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<AuditedChange>();
        foreach (var entry in entries)
        {
            var added = entry.State == EntityState.Added;
            if (entry.State == EntityState.Deleted)
            {
                // A part of a record taken away (a charge, an attendee): its id is read now, before the row is gone.
                changes.Add(new AuditedChange(entry.Entity, AuditAction.Delete, AuditedRecords.Describe(entry.Entity)!.Value.RecordType, []));
                continue;
            }

            var changed = added ? [] : ChangedFields(entry);
            if (!added && changed.Count == 0)
            {
                continue;
            }

            var action = ActionFor(entry);
            Stamp(entry, now);
            changes.Add(new AuditedChange(entry.Entity, action, AuditedRecords.Describe(entry.Entity)!.Value.RecordType, changed));
        }

        var ownsTransaction = db.Database.CurrentTransaction is null && changes.Count > 0;
        var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.PendingChangeAudit = new ChangeAuditBatch(actor, changes, transaction);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not FamilyCaseDb db || db.PendingChangeAudit is not { } batch || ReferenceEquals(batch, Writing))
        {
            return result;
        }

        db.PendingChangeAudit = Writing;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (batch.Actor.IsBulkImport)
            {
                db.AuditEvents.Add(new AuditEvent
                {
                    OccurredAtUtc = now,
                    ActorName = batch.Actor.Name,
                    Action = AuditAction.Create,
                    RecordType = "Import",
                    Detail = $"Imported {batch.Changes.Count} records",
                });
            }

            foreach (var change in batch.Actor.IsBulkImport ? [] : batch.Changes)
            {
                var (recordType, familyId, id) = AuditedRecords.Describe(change.Entity)!.Value;
                db.AuditEvents.Add(new AuditEvent
                {
                    OccurredAtUtc = now,
                    ActorStaffId = batch.Actor.StaffId,
                    ActorName = batch.Actor.Name,
                    Action = change.Action,
                    RecordType = recordType,
                    RecordId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    FamilyId = familyId,
                    Detail = AuditEvent.Fit(change.Action == AuditAction.Delete ? "Removed" : change.ChangedFields.Count == 0 ? AuditedRecords.CreatedDetail(change.Entity) : "Changed: " + string.Join(", ", change.ChangedFields)),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            if (batch.OwnedTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }
        finally
        {
            db.PendingChangeAudit = null;
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context, cancellationToken);

    // Someone else saved first: nothing of this save is kept, and the transaction must not hold the database.
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await AbandonAsync(eventData.Context, cancellationToken);
        return result;
    }

    private static async Task AbandonAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is FamilyCaseDb { PendingChangeAudit: { } batch } db && !ReferenceEquals(batch, Writing))
        {
            db.PendingChangeAudit = null;
            if (batch.OwnedTransaction is { } transaction)
            {
                await transaction.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }
    }

    // Marks the nested save that writes the audit events themselves.
    private static readonly ChangeAuditBatch Writing = new(AuditActor.System, [], null);

    private static List<string> ChangedFields(EntityEntry entry) => entry.Properties
        .Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
        .Select(p => p.Metadata.Name)
        .Concat(entry.References
            .Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is { State: EntityState.Modified })
            .SelectMany(r => r.TargetEntry!.Properties
                .Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                .Select(p => $"{r.Metadata.Name}.{p.Metadata.Name}")))
        .Concat(entry.Collections.Where(c => c.Metadata is ISkipNavigation { PropertyInfo: not null } && c.IsModified).Select(c => c.Metadata.Name))
        .ToList();

    // Owned parts (a member's safe contact) and many-to-many links (a note's people) change without changing the owner's row.
    private static bool HasModifiedParts(EntityEntry entry) =>
        entry.References.Any(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is { State: EntityState.Modified })
        || entry.Collections.Any(c => c.Metadata is ISkipNavigation { PropertyInfo: not null } && c.IsModified);

    private static AuditAction ActionFor(EntityEntry entry) => entry switch
    {
        { State: EntityState.Added, Entity: Domain.Access.EmergencyAccess } => AuditAction.EmergencyAccess,
        { State: EntityState.Added } => AuditAction.Create,
        { Entity: Family family } when family.Status == FamilyStatus.Closed
            && entry.Property(nameof(Family.Status)).OriginalValue is FamilyStatus original && original != FamilyStatus.Closed => AuditAction.Close,
        _ => AuditAction.Change,
    };

    private static void Stamp(EntityEntry entry, DateTime now)
    {
        // Through the entry, not the entity: change detection has already run, and an owned part's change leaves the owner unchanged.
        if (entry is { State: not EntityState.Added, Entity: IVersioned versioned })
        {
            entry.Property(nameof(IVersioned.Version)).CurrentValue = versioned.Version + 1;
        }

        // Imported records keep the times they bring with them.
        foreach (var name in new[] { "UpdatedAtUtc", "CreatedAtUtc" })
        {
            if (entry.Metadata.FindProperty(name) is null
                || (name == "CreatedAtUtc" && entry.State != EntityState.Added))
            {
                continue;
            }

            var property = entry.Property(name);
            if (entry.State == EntityState.Modified || property.CurrentValue is DateTime stamped && stamped == default)
            {
                property.CurrentValue = now;
            }
        }

    }
}
