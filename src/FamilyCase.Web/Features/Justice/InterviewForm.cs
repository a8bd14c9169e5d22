using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

public sealed class InterviewForm : IMemberRecordForm<InterviewForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? MemberId { get; set; }
    public InterviewKind Kind { get; set; } = InterviewKind.Police;
    public InterviewStatus Status { get; set; } = InterviewStatus.Arranged;
    public DateTime? On { get; set; }
    public string ConductedBy { get; set; } = "";
    public bool Recorded { get; set; }
    public string? RecordingHeldBy { get; set; }
    public string? WhyNeeded { get; set; }

    public InterviewForm Copy() => (InterviewForm)MemberwiseClone();

    public static readonly ComparedField<InterviewForm>[] Fields =
    [
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Kind", f => JusticeWords.Interview(f.Kind)),
        new("Status", f => f.Status.ToString()),
        new("Date", f => FormDates.Day(f.On)),
        new("Conducted by", f => f.ConductedBy),
        new("Recorded", f => f.Recorded ? "Yes" : "No"),
        new("Recording held by", f => f.RecordingHeldBy),
        new("Why it is needed", f => f.WhyNeeded),
    ];
}
