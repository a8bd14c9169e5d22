using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Intake;

/// <summary>Opens a new family file with a generated file number (FC-year-sequence) and its first assignment.</summary>
public sealed class IntakeCommand(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, FamilyDetailsRules familyRules, MemberRules memberRules)
{
    private const int Attempts = 3;

    public async Task<SaveOutcome> OpenAsync(SignedInStaff staff, IntakeForm form, CancellationToken cancellationToken)
    {
        var today = time.Today(clock);
        if (!FamilyAccessPolicy.MayOpenFamilyFiles(staff.Scope) || staff.TeamId is not { } teamId)
        {
            return SaveOutcome.Refused("Only caseworkers and supervisors with a team can open a family file.");
        }

        var problem = (form.Family.Status == FamilyStatus.Closed ? "A new family file cannot start closed." : null)
            ?? familyRules.FirstProblem(form.Family, today)
            ?? memberRules.PersonName(form.ChildFirstName, "child's first name")
            ?? memberRules.PersonName(form.ChildLastName, "child's last name")
            ?? MemberRules.DateOfBirth(form.ChildDateOfBirth, today);
        if (problem is not null)
        {
            return SaveOutcome.Refused(problem);
        }

        // A supervisor chooses the primary worker; a caseworker opening a file is its primary worker.
        var workerId = FamilyAccessPolicy.MayAssign(staff.Role) ? form.PrimaryWorkerId : staff.StaffId;
        var workerRole = FamilyAccessPolicy.RoleFor(AssignmentKind.Primary);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, staff, cancellationToken))
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }

        if (workerId is null || !await db.Staff.AnyAsync(s => s.Id == workerId && s.TeamId == teamId && s.IsActive && s.Role == workerRole, cancellationToken))
        {
            return SaveOutcome.Refused("Please choose a caseworker from your team as the primary worker.");
        }

        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        for (var attempt = 1; ; attempt++)
        {
            var family = NewFamily(form, teamId, workerId.Value, await NextFileNumberAsync(db, today.Year, cancellationToken));
            db.Families.Add(family);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return SaveOutcome.Done(family.Id, family.Version);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Someone opened a file with the same number a moment ago: take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private Family NewFamily(IntakeForm form, int teamId, int workerId, string fileNumber)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var family = new Family { FileNumber = fileNumber, DisplayName = "", TeamId = teamId };
        form.Family.ApplyTo(family);
        family.Members.Add(new FamilyMember
        {
            Role = MemberRole.IdentifiedChild,
            Relationship = "Identified child",
            FirstName = form.ChildFirstName.Trim(),
            LastName = form.ChildLastName.Trim(),
            DateOfBirth = form.ChildDateOfBirth is { } born ? DateOnly.FromDateTime(born) : null,
        });
        family.Assignments.Add(new FamilyAssignment { StaffMemberId = workerId, Kind = AssignmentKind.Primary, StartedAtUtc = now, Reason = "Opened at intake" });
        return family;
    }

    private static async Task<string> NextFileNumberAsync(FamilyCaseDb db, int year, CancellationToken cancellationToken)
    {
        var prefix = FileNumber.Format(year, 0)[..8];
        var last = await db.Families.Where(f => f.FileNumber.StartsWith(prefix)).OrderByDescending(f => f.FileNumber)
            .Select(f => f.FileNumber).FirstOrDefaultAsync(cancellationToken);
        var sequence = last is null ? 1 : int.Parse(last[8..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return sequence <= FileNumber.MaxSequence
            ? FileNumber.Format(year, sequence)
            : throw new InvalidOperationException($"Every file number for {year} is in use; ask your administrator.");
    }
}
