using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

public sealed class InformationGivenForm : IMemberRecordForm<InformationGivenForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? MemberId { get; set; }
    public InformationTopic Topic { get; set; } = InformationTopic.CourtDates;
    public DateTime? GivenOn { get; set; }
    public InformationMethod Method { get; set; } = InformationMethod.Phone;
    public string? Note { get; set; }

    public InformationGivenForm Copy() => (InformationGivenForm)MemberwiseClone();

    public static readonly ComparedField<InformationGivenForm>[] Fields =
    [
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("What they were told", f => JusticeWords.Topic(f.Topic)),
        new("Date", f => FormDates.Day(f.GivenOn)),
        new("How", f => JusticeWords.Method(f.Method)),
        new("Note", f => f.Note),
    ];
}
