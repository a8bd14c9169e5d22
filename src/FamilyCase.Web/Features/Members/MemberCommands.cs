using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Members;

/// <summary>Loads, adds and saves family members, catching the case where someone else saved the same person first.</summary>
public sealed class MemberCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, MemberRules rules, AuditTrail audit)
{
    /// <summary>The edit form, with safe contact, for the people who may change it; opening it is audited.</summary>
    public async Task<MemberForm?> LoadAsync(SignedInStaff staff, int familyId, int memberId, CancellationToken cancellationToken)
    {
        var form = await CurrentAsync(staff, familyId, memberId, cancellationToken);
        if (form is not null)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Member", Id(memberId), familyId, "Edit form with safe contact"), cancellationToken);
        }

        return form;
    }

    public async Task<SaveOutcome> AddAsync(SignedInStaff staff, int familyId, MemberForm form, CancellationToken cancellationToken)
    {
        if (rules.FirstProblem(form, time.Today(clock)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var member = new FamilyMember { FamilyId = familyId, Relationship = "", FirstName = "", LastName = "" };
        form.ApplyTo(member);
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        db.FamilyMembers.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(member.Id, member.Version);
    }

    /// <summary>Saves over the version the form was loaded at; when someone else saved since, nothing is written and their changes come back.</summary>
    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, MemberForm form, MemberForm loaded, CancellationToken cancellationToken)
    {
        if (rules.FirstProblem(form, time.Today(clock)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var member = await db.FamilyMembers.SingleOrDefaultAsync(m => m.Id == form.Id && m.FamilyId == familyId, cancellationToken);
        if (member is null)
        {
            return SaveOutcome.Refused("This person is no longer in the family file.");
        }

        return await VersionedSave.SaveAsync(db, member, form.Version, staff, form.ApplyTo, async ct =>
            await CurrentAsync(staff, familyId, form.Id, ct) is { } current
                ? SaveOutcome.Conflict(MemberForm.ChangedByOthers(loaded, current, form), current.Version)
                : SaveOutcome.Refused("This person is no longer in the family file."),
            cancellationToken);
    }

    private async Task<MemberForm?> CurrentAsync(SignedInStaff staff, int familyId, int memberId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var member = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .MembersEditableBy(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .SingleOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        return member is null ? null : MemberForm.From(member);
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
