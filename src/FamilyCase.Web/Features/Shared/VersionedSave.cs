using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Shared;

/// <summary>
/// Saves a change to a record two people may edit at once, over the version the person loaded: the UPDATE only succeeds
/// while that version is still the saved one. When someone else saved first nothing is written, and
/// <paramref name="conflict"/> reads the saved version afresh to say what they changed.
/// </summary>
public static class VersionedSave
{
    public static async Task<SaveOutcome> SaveAsync<TEntity>(
        FamilyCaseDb db,
        TEntity entity,
        int loadedVersion,
        SignedInStaff staff,
        Action<TEntity> apply,
        Func<CancellationToken, Task<SaveOutcome>> conflict,
        CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        if (entity.Version != loadedVersion)
        {
            return await conflict(cancellationToken);
        }

        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = loadedVersion;
        apply(entity);
        db.ChangeTracker.DetectChanges();
        // Owned parts and many-to-many links are counted by the change auditing itself; separate part records are counted here.
        if (db.Entry(entity).State == EntityState.Unchanged && db.ChangeTracker.Entries().Any(e => !ReferenceEquals(e.Entity, entity)
                && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !e.Metadata.IsOwned() && !e.Metadata.HasSharedClrType))
        {
            // Only its parts changed (a charge, an attendee): the record's version still moves, so the next editor is told.
            db.Entry(entity).Property(nameof(IVersioned.Version)).CurrentValue = loadedVersion + 1;
        }

        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done((int)db.Entry(entity).Property("Id").CurrentValue!, entity.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await conflict(cancellationToken);
        }
    }
}
