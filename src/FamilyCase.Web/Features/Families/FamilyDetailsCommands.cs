using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

/// <summary>Edits a family's own facts, closing or reopening the file, with a check that nobody else saved first.</summary>
public sealed class FamilyDetailsCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, FamilyDetailsRules rules)
{
    /// <summary>The family's facts for the edit form, for those who may change them (the same facts the file's header shows).</summary>
    public async Task<FamilyDetailsForm?> LoadAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayEdit(staff.Role))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = await db.Families.AsNoTracking().VisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .SingleOrDefaultAsync(f => f.Id == familyId, cancellationToken);
        return family is null ? null : FamilyDetailsForm.From(family);
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, FamilyDetailsForm form, FamilyDetailsForm loaded, CancellationToken cancellationToken)
    {
        if (rules.FirstProblem(form, time.Today(clock)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var family = await db.Families.SingleAsync(f => f.Id == familyId, cancellationToken);
        return await VersionedSave.SaveAsync(db, family, form.Version, staff, form.ApplyTo, async ct =>
            await LoadAsync(staff, familyId, ct) is { } current
                ? SaveOutcome.Conflict(FamilyDetailsForm.ChangedByOthers(loaded, current, form), current.Version)
                : SaveOutcome.Refused("You no longer have access to this family."),
            cancellationToken);
    }
}
