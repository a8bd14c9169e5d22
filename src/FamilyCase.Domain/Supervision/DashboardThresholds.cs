namespace FamilyCase.Domain.Supervision;

/// <summary>Every threshold the dashboard counts with; each is an agency setting (<c>Dashboard:…</c>).</summary>
public sealed record DashboardThresholds
{
    public static readonly DashboardThresholds Default = new();

    /// <summary>Court dates this many days ahead where someone attends with nobody from the agency.</summary>
    public int CourtWindowDays { get; init; } = 14;

    /// <summary>Victim impact statements and applications whose deadline falls within this many days.</summary>
    public int DeadlineWindowDays { get; init; } = 14;

    /// <summary>Referrals still waiting for a first service after this many days.</summary>
    public int ReferralWaitDays { get; init; } = 30;

    /// <summary>Police contacts the person described as not supportive, this many days back.</summary>
    public int PoliceLookbackDays { get; init; } = 90;

    /// <summary>Open families with no contact note for this many days.</summary>
    public int NoContactDays { get; init; } = 30;

    /// <summary>Files still in intake this many days after they opened.</summary>
    public int IntakeDays { get; init; } = 14;

    /// <summary>Refused attempts to open records, this many days back.</summary>
    public int RefusalLookbackDays { get; init; } = 7;

    /// <summary>Months in the trend of open families, new files and closures.</summary>
    public int TrendMonths { get; init; } = 12;

    /// <summary>How far ahead court dates count toward a caseload's court weeks and testifying members.</summary>
    public int CourtWeeksAhead { get; init; } = 4;

    /// <summary>How many programs the "longest waits" list names.</summary>
    public int LongestWaitPrograms { get; init; } = 5;

    /// <summary>Rows a dashboard list shows before "See all".</summary>
    public int ListedOnDashboard { get; init; } = 5;
}
