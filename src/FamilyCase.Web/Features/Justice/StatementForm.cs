using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

public sealed class StatementForm : IMemberRecordForm<StatementForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? ProceedingId { get; set; }
    public int? MemberId { get; set; }
    public StatementStatus Status { get; set; } = StatementStatus.Offered;
    public StatementStatus SavedStatus { get; set; } = StatementStatus.Offered;
    public StatementFormat? Format { get; set; }
    public DateTime? StatusOn { get; set; }
    public string? Note { get; set; }

    public StatementForm Copy() => (StatementForm)MemberwiseClone();

    public static readonly ComparedField<StatementForm>[] Fields =
    [
        new("Proceeding", f => f.ProceedingId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Person", f => f.MemberId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Status", f => JusticeWords.Statement(f.Status)),
        new("Format", f => f.Format is { } format ? JusticeWords.Format(format) : ""),
        new("Status since", f => FormDates.Day(f.StatusOn)),
        new("Note", f => f.Note),
    ];
}
