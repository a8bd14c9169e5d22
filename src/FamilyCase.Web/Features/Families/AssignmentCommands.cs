using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

public sealed record AssignmentRow(int Id, AssignmentKind Kind, int StaffId, string Staff, DateTime StartedAtUtc, DateTime? EndedAtUtc, string? Reason);

public sealed record StaffChoice(int Id, string Name, StaffRole Role);

/// <summary>Who works with a family, with history; supervisors assign and reassign with a reason.</summary>
public sealed class AssignmentCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    public const int MinimumReasonLength = 5;
    public const int LongestReason = 500;

    /// <summary>The family's workers, past and present. The reasons given for changes are not for court support, so the query leaves them out.</summary>
    public async Task<IReadOnlyList<AssignmentRow>> HistoryAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var seesReasons = FamilyAccessPolicy.SeesAssignmentReasons(staff.Role);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .AssignmentsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .OrderBy(a => a.EndedAtUtc == null ? 0 : 1).ThenByDescending(a => a.StartedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new AssignmentRow(a.Id, a.Kind, a.StaffMemberId, a.StaffMember!.DisplayName, a.StartedAtUtc, a.EndedAtUtc, seesReasons ? a.Reason : null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Who may take an assignment of this kind in this family: active staff of its team in the right role, for a supervisor who may assign.</summary>
    public async Task<IReadOnlyList<StaffChoice>> CandidatesAsync(SignedInStaff supervisor, int familyId, AssignmentKind kind, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAssign(supervisor.Role))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var teamId = await db.Families.VisibleTo(supervisor.Scope, clock.GetUtcNow().UtcDateTime).Where(f => f.Id == familyId)
            .Select(f => (int?)f.TeamId).SingleOrDefaultAsync(cancellationToken);
        return teamId is { } team ? await TeamCandidatesAsync(db, team, kind, cancellationToken) : [];
    }

    /// <summary>The caseworkers of the person's own team a new file can be given to, for a supervisor opening a file.</summary>
    public async Task<IReadOnlyList<StaffChoice>> IntakeCandidatesAsync(SignedInStaff supervisor, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAssign(supervisor.Role) || !FamilyAccessPolicy.MayOpenFamilyFiles(supervisor.Scope))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await TeamCandidatesAsync(db, supervisor.TeamId!.Value, AssignmentKind.Primary, cancellationToken);
    }

    /// <summary>Ends the current assignment of this kind (for primary and court support) and starts the new one, in one save.</summary>
    public async Task<SaveOutcome> AssignAsync(SignedInStaff supervisor, int familyId, AssignmentKind kind, int staffId, string reason, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAssign(supervisor.Role))
        {
            return SaveOutcome.Refused("Only a supervisor can assign or reassign a family.");
        }

        if (CheckReason(reason) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = await db.Families.VisibleTo(supervisor.Scope, now).Include(f => f.Assignments)
            .SingleOrDefaultAsync(f => f.Id == familyId, cancellationToken);
        if (family is null || !await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            throw await FamilyScope.RefusalAsync(db, supervisor, "Family", familyId, now, cancellationToken);
        }

        if (Apply(family, kind, staffId, reason, now, await TeamCandidatesAsync(db, family.TeamId, kind, cancellationToken)) is { } refused)
        {
            return SaveOutcome.Refused(refused);
        }

        db.Actor = new AuditActor(supervisor.StaffId, supervisor.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(familyId, family.Version);
    }

    /// <summary>
    /// Gives several families a new primary worker in one save, with one reason: the change of each family is audited on its own
    /// trail. Nothing changes unless every family can be reassigned; the message names those that cannot.
    /// </summary>
    public async Task<SaveOutcome> ReassignAsync(SignedInStaff supervisor, IReadOnlyCollection<int> familyIds, int staffId, string reason, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAssign(supervisor.Role))
        {
            return SaveOutcome.Refused("Only a supervisor can assign or reassign a family.");
        }

        if (familyIds.Count == 0)
        {
            return SaveOutcome.Refused("Please choose at least one family to reassign.");
        }

        if (familyIds.Count > LargestReassignment)
        {
            return SaveOutcome.Refused($"Please reassign at most {LargestReassignment} families at a time.");
        }

        if (CheckReason(reason) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var wanted = familyIds.Distinct().ToList();
        var families = await db.Families.VisibleTo(supervisor.Scope, now).Include(f => f.Assignments)
            .Where(f => wanted.Contains(f.Id)).ToListAsync(cancellationToken);
        if (families.Count != wanted.Count || !await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            throw await FamilyScope.RefusalAsync(db, supervisor, "Family", wanted.Except(families.Select(f => f.Id)).DefaultIfEmpty(wanted[0]).First(), now, cancellationToken);
        }

        var problems = new List<string>();
        var candidates = new Dictionary<int, IReadOnlyList<StaffChoice>>();
        foreach (var family in families.OrderBy(f => f.DisplayName, StringComparer.CurrentCulture))
        {
            if (!candidates.TryGetValue(family.TeamId, out var team))
            {
                candidates[family.TeamId] = team = await TeamCandidatesAsync(db, family.TeamId, AssignmentKind.Primary, cancellationToken);
            }

            if (Apply(family, AssignmentKind.Primary, staffId, reason, now, team) is { } refused)
            {
                problems.Add($"{family.DisplayName} ({family.FileNumber}): {refused}");
            }
        }

        if (problems.Count > 0)
        {
            return SaveOutcome.Refused("Nothing was changed. " + string.Join(" ", problems));
        }

        db.Actor = new AuditActor(supervisor.StaffId, supervisor.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Refused("Nothing was changed: one of these families was changed by someone else while you were choosing. Reload the list, check it and try again.");
        }

        return SaveOutcome.Done(families.Count, 0);
    }

    public const int LargestReassignment = 200;

    public static string? CheckReason(string? reason) => reason?.Trim() switch
    {
        null or { Length: < MinimumReasonLength } => "Please give a reason for the change.",
        { Length: > LongestReason } => $"The reason can be at most {LongestReason} characters.",
        _ => null,
    };

    // Ends the current assignment of this kind (for primary and court support) and starts the new one; returns why not, or null.
    private static string? Apply(Family family, AssignmentKind kind, int staffId, string reason, DateTime now, IReadOnlyList<StaffChoice> candidates)
    {
        if (candidates.All(c => c.Id != staffId))
        {
            return "That person cannot take this assignment: they must be an active member of the family's team in the right role.";
        }

        var active = family.Assignments.Where(a => a.EndedAtUtc == null).ToList();
        if (active.Any(a => a.StaffMemberId == staffId && a.Kind == kind))
        {
            return "That person already holds this assignment.";
        }

        foreach (var ending in active.Where(a => a.StaffMemberId == staffId || (kind != AssignmentKind.Secondary && a.Kind == kind)))
        {
            ending.EndedAtUtc = now;
        }

        family.Assignments.Add(new FamilyAssignment { StaffMemberId = staffId, Kind = kind, StartedAtUtc = now, Reason = reason.Trim() });
        family.UpdatedAtUtc = now;
        return null;
    }

    public async Task<SaveOutcome> EndAsync(SignedInStaff supervisor, int familyId, int assignmentId, string reason, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAssign(supervisor.Role))
        {
            return SaveOutcome.Refused("Only a supervisor can end an assignment.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken)
            || !await FamilyScope.IsVisibleAsync(db, supervisor, familyId, now, cancellationToken))
        {
            throw await FamilyScope.RefusalAsync(db, supervisor, "Family", familyId, now, cancellationToken);
        }

        var assignment = await db.Families.VisibleTo(supervisor.Scope, now).Where(f => f.Id == familyId)
            .SelectMany(f => f.Assignments).SingleOrDefaultAsync(a => a.Id == assignmentId && a.EndedAtUtc == null, cancellationToken);
        if (assignment is null)
        {
            return SaveOutcome.Refused("This assignment has already ended.");
        }

        var ended = string.IsNullOrWhiteSpace(reason) ? assignment.Reason : $"{assignment.Reason} · Ended: {reason.Trim()}";
        if (ended?.Length > LongestReason)
        {
            return SaveOutcome.Refused($"The reason can be at most {LongestReason - (assignment.Reason?.Length ?? 0) - 10} characters here.");
        }

        assignment.EndedAtUtc = now;
        assignment.Reason = ended;
        db.Actor = new AuditActor(supervisor.StaffId, supervisor.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(assignmentId, 0);
    }

    private static async Task<IReadOnlyList<StaffChoice>> TeamCandidatesAsync(FamilyCaseDb db, int teamId, AssignmentKind kind, CancellationToken cancellationToken)
    {
        var role = FamilyAccessPolicy.RoleFor(kind);
        return await db.Staff.AsNoTracking().Where(s => s.TeamId == teamId && s.IsActive && s.Role == role)
            .OrderBy(s => s.DisplayName).Select(s => new StaffChoice(s.Id, s.DisplayName, s.Role)).ToListAsync(cancellationToken);
    }
}
