using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

public enum ApplicationKind
{
    /// <summary>Victim Quick Response Program+: immediate needs.</summary>
    VqrpImmediateNeeds,
    VqrpCounselling,
    VqrpSeriousInjury,
    CriminalInjuriesCompensation,
    RestitutionOrder,
    Other,
}

public enum ApplicationStatus
{
    NotStarted,
    InProgress,
    Submitted,
    Approved,
    Declined,
    Withdrawn,
}

/// <summary>An application with a deadline made for or with a member: VQRP+, compensation, restitution.</summary>
public class JusticeApplication : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public ApplicationKind Kind { get; set; }

    /// <summary>VQRP+ deadlines count from the date of the crime.</summary>
    public DateOnly? CrimeDate { get; set; }
    public DateOnly? DueOn { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateOnly StatusOn { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }

    /// <summary>Still open, so its deadline matters: one rule for queries (<see cref="Pending"/>) and for a loaded record (<see cref="IsPending"/>).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<JusticeApplication, bool>> Pending =
        a => a.Status == ApplicationStatus.NotStarted || a.Status == ApplicationStatus.InProgress;

    private static readonly Func<JusticeApplication, bool> PendingNow = Pending.Compile();

    public bool IsPending => PendingNow(this);
}

public static class ApplicationStatuses
{
    public static readonly StatusMoves<ApplicationStatus> Moves = new(
        new Dictionary<ApplicationStatus, ApplicationStatus[]>
        {
            [ApplicationStatus.NotStarted] = [ApplicationStatus.InProgress, ApplicationStatus.Submitted, ApplicationStatus.Withdrawn],
            [ApplicationStatus.InProgress] = [ApplicationStatus.Submitted, ApplicationStatus.Withdrawn],
            [ApplicationStatus.Submitted] = [ApplicationStatus.Approved, ApplicationStatus.Declined, ApplicationStatus.Withdrawn],
            [ApplicationStatus.Withdrawn] = [ApplicationStatus.NotStarted, ApplicationStatus.InProgress],
        },
        from => from is ApplicationStatus.Approved or ApplicationStatus.Declined
            ? "This application has been decided. For an appeal or a new application, please add a new one."
            : $"An application that is {from.ToString().ToLowerInvariant()} cannot move to that status.");
}
