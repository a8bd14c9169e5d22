using FamilyCase.Domain.Directory;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Directory;

public sealed class OrganisationForm : IEditForm<OrganisationForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string Name { get; set; } = "";
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? About { get; set; }

    /// <summary>Retired: its programs take no new referrals; every referral made to them stays.</summary>
    public bool Retired { get; set; }

    public OrganisationForm Copy() => (OrganisationForm)MemberwiseClone();

    public static readonly ComparedField<OrganisationForm>[] Fields =
    [
        new("Name", f => f.Name), new("Website", f => f.Website), new("Phone", f => f.Phone), new("Email", f => f.Email), new("About", f => f.About),
        new("Retired", f => f.Retired ? "Yes" : "No"),
    ];
}

public sealed class ProgramForm : IEditForm<ProgramForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public IReadOnlyCollection<ServiceKind> Kinds { get; set; } = [];
    public IReadOnlyCollection<string> Areas { get; set; } = [];
    public IReadOnlyCollection<string> Languages { get; set; } = [];
    public string? Eligibility { get; set; }
    public ServiceCost Cost { get; set; }
    public string? CostNote { get; set; }
    public bool TraumaInformed { get; set; } = true;
    public ReferralRoute Route { get; set; }
    public string? HowToRefer { get; set; }
    public string? Contact { get; set; }
    public int? TypicalWaitDays { get; set; }

    public ProgramForm Copy() => (ProgramForm)MemberwiseClone();

    public static readonly ComparedField<ProgramForm>[] Fields =
    [
        new("Organisation", f => f.OrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Name", f => f.Name),
        new("Kinds of service", f => string.Join(", ", f.Kinds.Order().Select(DirectoryWords.Kind))),
        new("Areas", f => string.Join(", ", f.Areas.Order(StringComparer.Ordinal))),
        new("Languages", f => string.Join(", ", f.Languages.Order(StringComparer.Ordinal))),
        new("Who is eligible", f => f.Eligibility),
        new("Cost", f => DirectoryWords.Cost(f.Cost)),
        new("About the cost", f => f.CostNote),
        new("Trauma-informed", f => f.TraumaInformed ? "Yes" : "No"),
        new("How people are referred", f => DirectoryWords.Route(f.Route)),
        new("How to refer", f => f.HowToRefer),
        new("Contact", f => f.Contact),
        new("Typical wait (days)", f => f.TypicalWaitDays?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
