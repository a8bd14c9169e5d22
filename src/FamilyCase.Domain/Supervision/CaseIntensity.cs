using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Supervision;

/// <summary>What one open family asks of its worker, counted for the caseload chart.</summary>
/// <param name="CourtWeeks">Of the weeks ahead (<see cref="DashboardThresholds.CourtWeeksAhead"/>, seven days each from today), those with a court date.</param>
/// <param name="TestifyingMembers">Members who testify at a court date in those weeks.</param>
public sealed record FamilyLoad(FamilyStatus Status, int Members, int CourtWeeks, int TestifyingMembers, int OpenSafetyAlerts);

/// <summary>How much each part of a family's load weighs; agency settings (<c>Dashboard:Weights:…</c>).</summary>
public sealed record IntensityWeights
{
    public static readonly IntensityWeights Default = new();

    public double ActiveFamily { get; init; } = 1.0;
    public double IntakeFamily { get; init; } = 1.0;
    public double OnHoldFamily { get; init; } = 0.25;
    public double Member { get; init; } = 0.1;
    public double CourtWeek { get; init; } = 1.0;
    public double TestifyingMember { get; init; } = 0.5;
    public double OpenSafetyAlert { get; init; } = 1.0;
}

/// <summary>
/// A caseload's weighted intensity: a family in court this month, with a member testifying and a safety alert open, weighs
/// several times a family on hold, so a caseload heavy with court work shows as heavy.
/// </summary>
public static class CaseIntensity
{
    public static double Of(FamilyLoad load, IntensityWeights weights) => load.Status switch
    {
        FamilyStatus.Closed => 0,
        _ => StatusWeight(load.Status, weights)
            + load.Members * weights.Member
            + load.CourtWeeks * weights.CourtWeek
            + load.TestifyingMembers * weights.TestifyingMember
            + load.OpenSafetyAlerts * weights.OpenSafetyAlert,
    };

    public static double Of(IEnumerable<FamilyLoad> loads, IntensityWeights weights) => Math.Round(loads.Sum(l => Of(l, weights)), 2);

    /// <summary>How many of the weeks ahead (seven days each, the first starting <paramref name="today"/>) hold at least one of these dates.</summary>
    public static int WeeksWith(IEnumerable<DateOnly> days, DateOnly today) =>
        days.Where(d => d >= today).Select(d => (d.DayNumber - today.DayNumber) / 7).Distinct().Count();

    private static double StatusWeight(FamilyStatus status, IntensityWeights weights) => status switch
    {
        FamilyStatus.Active => weights.ActiveFamily,
        FamilyStatus.Intake => weights.IntakeFamily,
        _ => weights.OnHoldFamily,
    };
}
