using FamilyCase.Domain.Notes;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;

namespace FamilyCase.Web.Features.Notes;

/// <summary>What the note dialog edits; the date and time are in the agency's time zone.</summary>
public sealed class NoteForm
{
    public const int MaxTextLength = 8000;

    public int Id { get; set; }
    public int Version { get; set; }
    public ContactKind Kind { get; set; } = ContactKind.Phone;
    public DateTime? Date { get; set; }
    public TimeSpan? Time { get; set; }
    public int? DurationMinutes { get; set; }
    public IReadOnlyCollection<int> MemberIds { get; set; } = [];
    public string Text { get; set; } = "";
    public DateTime? FollowUpOn { get; set; }
    public bool Confidential { get; set; }

    public NoteForm Copy() => (NoteForm)MemberwiseClone();

    /// <param name="nameOf">Turns a member id into the name the dialog shows, so "People involved" reads as names.</param>
    public static IReadOnlyList<FieldConflict> ChangedByOthers(NoteForm loaded, NoteForm theirs, NoteForm mine, Func<int, string>? nameOf = null) =>
        FieldConflicts.ChangedByOthers(Fields.Append(People(nameOf)), loaded, theirs, mine);

    private static ComparedField<NoteForm> People(Func<int, string>? nameOf) => new(
        "People involved",
        f => string.Join(",", f.MemberIds.Order()),
        nameOf is null ? null : f => string.Join(", ", f.MemberIds.Order().Select(nameOf)));

    public static string? CheckText(string? text) => string.IsNullOrWhiteSpace(text)
        ? "Please write what happened. Keep it factual and brief."
        : text.Length > MaxTextLength ? $"A note can be at most {MaxTextLength} characters." : null;

    public static string? CheckDuration(int? minutes) => minutes is < 0 or > 24 * 60 ? "Please enter minutes between 0 and 1440." : null;

    private static readonly ComparedField<NoteForm>[] Fields =
    [
        new("Kind of contact", f => FamilyWords.Contact(f.Kind)),
        new("Date", f => f.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("Time", f => f.Time?.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("Duration (minutes)", f => f.DurationMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("Note", f => f.Text),
        new("Follow up on", f => f.FollowUpOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new("Confidential", f => f.Confidential ? "Yes" : "No"),
    ];
}
