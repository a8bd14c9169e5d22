using System.Globalization;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Notes;

/// <summary>What the note dialog edits; the date and time are in the agency's time zone.</summary>
public sealed class NoteForm : IEditForm<NoteForm>
{
    public const int LongestContactMinutes = 24 * 60;

    public int Id { get; set; }
    public int Version { get; set; }
    public ContactKind Kind { get; set; } = ContactKind.Phone;
    public DateTime? Date { get; set; }
    public TimeSpan? Time { get; set; }

    /// <summary>Minutes as typed: a text, so an entry that was not a number can simply be cleared.</summary>
    public string? Duration { get; set; }
    public IReadOnlyCollection<int> MemberIds { get; set; } = [];
    public string Text { get; set; } = "";
    public DateTime? FollowUpOn { get; set; }
    public bool Confidential { get; set; }

    public int? DurationMinutes => int.TryParse(Duration?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null;

    public NoteForm Copy() => (NoteForm)MemberwiseClone();

    /// <param name="nameOf">Turns a member id into the name the dialog shows, so "People involved" reads as names.</param>
    public static IReadOnlyList<FieldConflict> ChangedByOthers(NoteForm loaded, NoteForm theirs, NoteForm mine, Func<int, string>? nameOf = null) =>
        FieldConflicts.ChangedByOthers(Fields.Append(People(nameOf)), loaded, theirs, mine);

    private static ComparedField<NoteForm> People(Func<int, string>? nameOf) => new(
        "People involved",
        f => string.Join(",", f.MemberIds.Order()),
        nameOf is null ? null : f => string.Join(", ", f.MemberIds.Order().Select(nameOf)));

    /// <summary>Empty is fine; anything else must be whole minutes in a day.</summary>
    public static string? CheckDuration(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes <= LongestContactMinutes)
            ? null
            : $"Please enter the minutes as a whole number from 0 to {LongestContactMinutes}, or leave it empty.";

    public static string? CheckDate(DateTime? date) => date is null ? "Please give the date." : AgencyTime.OutOfRange(date, "a date");

    public static string? CheckFollowUp(DateTime? date) => AgencyTime.OutOfRange(date, "a follow-up date");

    private static readonly ComparedField<NoteForm>[] Fields =
    [
        new("Kind of contact", f => FamilyWords.Contact(f.Kind)),
        new("Date", f => f.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        new("Time", f => f.Time?.ToString(@"hh\:mm", CultureInfo.InvariantCulture) ?? ""),
        new("Duration (minutes)", f => f.Duration?.Trim() ?? ""),
        new("Note", f => f.Text),
        new("Follow up on", f => f.FollowUpOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        new("Confidential", f => f.Confidential ? "Yes" : "No"),
    ];
}
