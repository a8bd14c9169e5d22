namespace FamilyCase.Web.Features.Dashboard;

/// <summary>
/// One record behind a dashboard number: an alert, a court date, a referral, a family. Every panel fills the same shape, so one
/// drill-down list, one reassignment and one CSV export serve them all; <see cref="DashboardWords"/> says what each field means.
/// </summary>
public sealed class PanelItem
{
    public long ItemId { get; init; }

    /// <summary>A second record: the assessment of an alert, the court date of an attendance, the program of a referral.</summary>
    public int? SecondId { get; init; }

    /// <summary>Null when the person may not open the family (a refusal, another team's family in an emergency access).</summary>
    public int? FamilyId { get; init; }
    public string? FileNumber { get; init; }
    public string? Family { get; init; }
    public string? Person { get; init; }
    public DateTime? AtUtc { get; init; }
    public DateOnly? On { get; init; }

    /// <summary>The kind of the record (an alert's kind, a court date's kind, a referral's kind of service), as its enum value.</summary>
    public int Code { get; init; }
    public int Number { get; init; }
    public string? Detail { get; init; }
    public string? MoreDetail { get; init; }

    /// <summary>The family's team, where it may not be the person's own (emergency access).</summary>
    public string? Team { get; init; }
    public int? WorkerId { get; set; }
    public string? Worker { get; set; }
}

/// <summary>What narrows a drill-down: a worker (0 for families with no primary worker), a month of the trend, a barrier, a program.</summary>
public sealed record PanelFilter(int? Worker = null, DateOnly? Month = null, int? Barrier = null, int? Program = null)
{
    public static readonly PanelFilter None = new();
}
