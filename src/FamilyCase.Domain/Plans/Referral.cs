using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Plans;

/// <summary>
/// A referral of one person to a program of the directory, or to a service outside it by name. Its status history is
/// append-only: each move is a step, and a correction is a new step that sets aside the one before it, which stays on record.
/// </summary>
public class Referral : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public int? ProgramId { get; set; }
    public ServiceProgram? Program { get; set; }

    /// <summary>A service outside the directory, by name; null when <see cref="ProgramId"/> is set.</summary>
    public string? OutsideService { get; set; }

    /// <summary>The kind of service the referral is for, which the report's waits are grouped by.</summary>
    public ServiceKind Kind { get; set; }
    public int? PlanGoalId { get; set; }
    public PlanGoal? Goal { get; set; }
    public DateOnly ReferredOn { get; set; }

    /// <summary>The agency sends the person's information with the referral, so their consent to share with the organisation is needed.</summary>
    public bool SharesInformation { get; set; }
    public ReferralBarrier Barriers { get; set; }
    public string? Outcome { get; set; }

    /// <summary>Kept in step with <see cref="Steps"/> by <see cref="ReferralHistory"/>, so lists and reports read one row.</summary>
    public ReferralStatus Status { get; set; }
    public DateOnly StatusOn { get; set; }
    public DateOnly? FirstServiceOn { get; set; }

    /// <summary>Days from the referral to the first service, or null while the person has had none.</summary>
    public int? WaitDays { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<ReferralStep> Steps { get; } = [];
}

/// <summary>One entry of a referral's status history.</summary>
public class ReferralStep
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int ReferralId { get; set; }
    public ReferralStatus Status { get; set; }
    public DateOnly On { get; set; }

    /// <summary>True when this entry corrects the one before it, which was recorded in error.</summary>
    public bool Correction { get; set; }
    public string? Note { get; set; }
    public int RecordedByStaffId { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}
