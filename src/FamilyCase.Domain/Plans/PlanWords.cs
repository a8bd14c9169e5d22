namespace FamilyCase.Domain.Plans;

public static class PlanWords
{
    public static string Goal(GoalStatus status) => status switch
    {
        GoalStatus.Active => "Working on it",
        GoalStatus.Achieved => "Achieved",
        GoalStatus.Changed => "Changed into another goal",
        _ => "Stopped for now",
    };

    public static string Referral(ReferralStatus status) => status switch
    {
        ReferralStatus.Pending => "Referred, waiting to hear",
        ReferralStatus.Waitlisted => "On a waitlist",
        ReferralStatus.Active => "Receiving the service",
        ReferralStatus.DeclinedByPerson => "Declined or stopped by the person",
        ReferralStatus.NotEligible => "Not eligible",
        ReferralStatus.Completed => "Completed",
        _ => "Closed without service",
    };

    public static string Barrier(ReferralBarrier barrier) => barrier switch
    {
        ReferralBarrier.Waitlist => "Waitlist",
        ReferralBarrier.Cost => "Cost",
        ReferralBarrier.Distance => "Distance",
        ReferralBarrier.Transport => "Transport",
        ReferralBarrier.Eligibility => "Eligibility rules",
        ReferralBarrier.Language => "Language",
        ReferralBarrier.NotTraumaInformed => "Not trauma-informed",
        ReferralBarrier.Stigma => "Stigma",
        ReferralBarrier.Scheduling => "Scheduling",
        ReferralBarrier.Childcare => "Childcare",
        ReferralBarrier.NoResponse => "No response",
        _ => "None",
    };

    public static string Tie(ReferralTie tie) => tie switch
    {
        ReferralTie.Waiting => "waiting",
        ReferralTie.Active => "active",
        _ => "ended",
    };

    public static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
