namespace FamilyCase.Domain.Directory;

public enum ServiceCost
{
    Free,
    SlidingScale,
    CoveredByProgram,
    Fee,
}

/// <summary>How a person reaches the program, which decides whether a referral shares their information.</summary>
public enum ReferralRoute
{
    /// <summary>The agency sends the referral with the person's information: their consent to share is needed.</summary>
    AgencyReferral,

    /// <summary>The person contacts the program themselves; the agency shares nothing.</summary>
    SelfReferral,
}

/// <summary>One program of an organisation in the service directory.</summary>
public class ServiceProgram : IVersioned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public ServiceOrganisation? Organisation { get; set; }
    public required string Name { get; set; }

    /// <summary>The kinds of service offered, as a <see cref="TermList"/> of <see cref="ServiceKind"/> names.</summary>
    public string Kinds { get; set; } = "";

    /// <summary>The areas served, as a <see cref="TermList"/>; <see cref="Catchment.ProvinceWide"/> serves everywhere.</summary>
    public string Areas { get; set; } = "";

    /// <summary>The languages offered, as a <see cref="TermList"/>.</summary>
    public string Languages { get; set; } = "";
    public string? Eligibility { get; set; }
    public ServiceCost Cost { get; set; }
    public string? CostNote { get; set; }
    public bool TraumaInformed { get; set; }
    public ReferralRoute Route { get; set; }
    public string? HowToRefer { get; set; }
    public string? Contact { get; set; }

    /// <summary>The wait the program reports, in days; the referral report shows the waits families actually met.</summary>
    public int? TypicalWaitDays { get; set; }
    public DateOnly? RetiredOn { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<ServiceKind> KindList => TermList.Parse(Kinds).Select(Enum.Parse<ServiceKind>).ToList();

    public bool IsRetiredOn(DateOnly day) => RetiredOn is { } retired && retired <= day;
}
