using FamilyCase.Domain.Justice;

using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Plans;

public enum GoalStatus
{
    Active,
    Achieved,
    Changed,
    Stopped,
}

/// <summary>A goal one person chose, in their own words, in one need domain of the check-in.</summary>
public class PlanGoal : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }

    /// <summary>The check-in domain (for example "checkin.services") the goal answers.</summary>
    public required string DomainKey { get; set; }

    /// <summary>The check-in whose suggestion the goal came from, if any.</summary>
    public int? SourceAssessmentId { get; set; }
    public required string InTheirWords { get; set; }
    public DateOnly? TargetOn { get; set; }
    public GoalStatus Status { get; set; }
    public DateOnly StatusOn { get; set; }
    public string? StatusNote { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<GoalAction> Actions { get; } = [];
}

/// <summary>Who does what, by when, towards a goal.</summary>
public class GoalAction
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int PlanGoalId { get; set; }
    public required string Who { get; set; }
    public required string What { get; set; }
    public DateOnly? ByOn { get; set; }
    public bool Done { get; set; }
}

/// <summary>A suggestion of a check-in that the person chose not to take up; it is not offered again for that check-in.</summary>
public class DeclinedSuggestion
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public int AssessmentId { get; set; }
    public required string DomainKey { get; set; }
    public DateOnly DeclinedOn { get; set; }
    public int DeclinedByStaffId { get; set; }
}

public static class GoalStatuses
{
    public static readonly StatusMoves<GoalStatus> Moves = new(
        new Dictionary<GoalStatus, GoalStatus[]>
        {
            [GoalStatus.Active] = [GoalStatus.Achieved, GoalStatus.Changed, GoalStatus.Stopped],
            [GoalStatus.Stopped] = [GoalStatus.Active],
        },
        from => from switch
        {
            GoalStatus.Achieved => "This goal was achieved. For something new, please add a new goal.",
            GoalStatus.Changed => "This goal was changed into another one; please work on the new goal, or add one.",
            _ => "A goal stopped for now can start again; to mark it achieved or changed, set it to working on it first.",
        });
}
