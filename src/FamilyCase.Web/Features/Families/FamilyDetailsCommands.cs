using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

/// <summary>Edits a family's own facts, closing or reopening the file, with a check that nobody else saved first.</summary>
public sealed class FamilyDetailsCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time)
{
    public async Task<FamilyDetailsForm?> LoadAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = await db.Families.AsNoTracking().VisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .SingleOrDefaultAsync(f => f.Id == familyId, cancellationToken);
        return family is null ? null : FamilyDetailsForm.From(family);
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, FamilyDetailsForm form, FamilyDetailsForm loaded, CancellationToken cancellationToken)
    {
        if (form.Problem(time.Today(clock)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var family = await db.Families.SingleAsync(f => f.Id == familyId, cancellationToken);
        if (family.Version != form.Version)
        {
            return SaveOutcome.Conflict(FamilyDetailsForm.ChangedByOthers(loaded, FamilyDetailsForm.From(family), form), family.Version);
        }

        db.Entry(family).Property(f => f.Version).OriginalValue = form.Version;
        form.ApplyTo(family);
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done(family.Id, family.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await LoadAsync(staff, familyId, cancellationToken);
            return current is null
                ? SaveOutcome.Refused("You no longer have access to this family.")
                : SaveOutcome.Conflict(FamilyDetailsForm.ChangedByOthers(loaded, current, form), current.Version);
        }
    }
}
