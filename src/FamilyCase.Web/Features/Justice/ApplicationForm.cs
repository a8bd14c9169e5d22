using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

public sealed class ApplicationForm : IMemberRecordForm<ApplicationForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? MemberId { get; set; }
    public ApplicationKind Kind { get; set; } = ApplicationKind.VqrpImmediateNeeds;
    public DateTime? CrimeDate { get; set; }

    /// <summary>Typed only for kinds without a set deadline; VQRP+ deadlines are worked out from the date of the crime.</summary>
    public DateTime? DueOn { get; set; }
    public ApplicationStatus Status { get; set; } = ApplicationStatus.NotStarted;
    public ApplicationStatus SavedStatus { get; set; } = ApplicationStatus.NotStarted;
    public DateTime? StatusOn { get; set; }
    public string? Outcome { get; set; }

    public ApplicationForm Copy() => (ApplicationForm)MemberwiseClone();

    public static readonly ComparedField<ApplicationForm>[] Fields =
    [
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Kind", f => JusticeWords.Application(f.Kind)),
        new("Date of the crime", f => FormDates.Day(f.CrimeDate)),
        new("Due on", f => FormDates.Day(f.DueOn)),
        new("Status", f => JusticeWords.ApplicationState(f.Status)),
        new("Status since", f => FormDates.Day(f.StatusOn)),
        new("Outcome", f => f.Outcome),
    ];
}
