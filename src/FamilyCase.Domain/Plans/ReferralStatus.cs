using FamilyCase.Domain.Justice;

namespace FamilyCase.Domain.Plans;

public enum ReferralStatus
{
    Pending,
    Waitlisted,
    Active,
    DeclinedByPerson,
    NotEligible,
    Completed,
    ClosedWithoutService,
}

/// <summary>What the ecomap draws for a referral: still waiting, receiving the service, or over.</summary>
public enum ReferralTie
{
    Waiting,
    Active,
    Ended,
}

/// <summary>Barriers the person met on the way to the service; a referral may meet several.</summary>
[Flags]
public enum ReferralBarrier
{
    None = 0,
    Waitlist = 1,
    Cost = 2,
    Distance = 4,
    Transport = 8,
    Eligibility = 16,
    Language = 32,
    NotTraumaInformed = 64,
    Stigma = 128,
    Scheduling = 256,
    Childcare = 512,
    NoResponse = 1024,
}

public static class ReferralStatuses
{
    public static readonly StatusMoves<ReferralStatus> Moves = new(
        new Dictionary<ReferralStatus, ReferralStatus[]>
        {
            [ReferralStatus.Pending] = [ReferralStatus.Waitlisted, ReferralStatus.Active, ReferralStatus.DeclinedByPerson, ReferralStatus.NotEligible, ReferralStatus.ClosedWithoutService],
            [ReferralStatus.Waitlisted] = [ReferralStatus.Active, ReferralStatus.DeclinedByPerson, ReferralStatus.NotEligible, ReferralStatus.ClosedWithoutService],
            [ReferralStatus.Active] = [ReferralStatus.Completed, ReferralStatus.DeclinedByPerson],
        },
        from => TieOf(from) == ReferralTie.Ended
            ? $"This referral has ended ({Ended(from)}), so it cannot move back. If the person needs the service again, please make a new referral; if the status was recorded in error, correct it (the old entry is kept)."
            : "A referral cannot move back to an earlier status. If the status was recorded in error, correct it (the old entry is kept).");

    private static string Ended(ReferralStatus status) => status switch
    {
        ReferralStatus.DeclinedByPerson => "the person declined or stopped",
        ReferralStatus.NotEligible => "not eligible",
        ReferralStatus.Completed => "completed",
        _ => "closed without service",
    };

    public static ReferralTie TieOf(ReferralStatus status) => status switch
    {
        ReferralStatus.Pending or ReferralStatus.Waitlisted => ReferralTie.Waiting,
        ReferralStatus.Active => ReferralTie.Active,
        _ => ReferralTie.Ended,
    };

    public static IReadOnlyList<ReferralBarrier> All =>
        Enum.GetValues<ReferralBarrier>().Where(b => b != ReferralBarrier.None).ToList();

    public static IReadOnlyList<ReferralBarrier> Split(ReferralBarrier barriers) => All.Where(b => barriers.HasFlag(b)).ToList();
}
