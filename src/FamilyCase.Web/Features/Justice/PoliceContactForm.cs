using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

public sealed class PoliceContactForm : IMemberRecordForm<PoliceContactForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? MemberId { get; set; }
    public DateTime? OccurredOn { get; set; }
    public string PoliceService { get; set; } = "";
    public string? Officer { get; set; }
    public string Purpose { get; set; } = "";
    public PoliceExperience Experience { get; set; } = PoliceExperience.Neutral;
    public string? InTheirWords { get; set; }
    public string? FollowUp { get; set; }

    public PoliceContactForm Copy() => (PoliceContactForm)MemberwiseClone();

    public static readonly ComparedField<PoliceContactForm>[] Fields =
    [
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Date", f => FormDates.Day(f.OccurredOn)),
        new("Police service", f => f.PoliceService),
        new("Officer", f => f.Officer),
        new("Purpose", f => f.Purpose),
        new("How it felt", f => JusticeWords.Experience(f.Experience)),
        new("In their words", f => f.InTheirWords),
        new("Follow-up", f => f.FollowUp),
    ];
}
