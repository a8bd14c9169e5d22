using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Members;

/// <summary>Loads, adds and saves family members, catching the case where someone else saved the same person first.</summary>
public sealed class MemberCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time)
{
    public async Task<MemberForm?> LoadAsync(SignedInStaff staff, int familyId, int memberId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var member = await db.Families.AsNoTracking()
            .MembersVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .SingleOrDefaultAsync(m => m.Id == memberId && m.FamilyId == familyId, cancellationToken);
        return member is null ? null : MemberForm.From(member);
    }

    public async Task<SaveOutcome> AddAsync(SignedInStaff staff, int familyId, MemberForm form, CancellationToken cancellationToken)
    {
        if (MemberRules.FirstProblem(form, time.Today(clock)) is { } problem)
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
        if (MemberRules.FirstProblem(form, time.Today(clock)) is { } problem)
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

        if (member.Version != form.Version)
        {
            return Conflict(member, loaded, form);
        }

        db.Entry(member).Property(m => m.Version).OriginalValue = form.Version;
        form.ApplyTo(member);
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done(member.Id, member.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(cancellationToken);
            var current = await fresh.FamilyMembers.AsNoTracking().SingleAsync(m => m.Id == form.Id, cancellationToken);
            return Conflict(current, loaded, form);
        }
    }

    // What they changed is the difference between what this person loaded and what is saved now.
    private static SaveOutcome Conflict(FamilyMember current, MemberForm loaded, MemberForm mine) =>
        SaveOutcome.Conflict(MemberForm.ChangedByOthers(loaded, MemberForm.From(current), mine), current.Version);
}
