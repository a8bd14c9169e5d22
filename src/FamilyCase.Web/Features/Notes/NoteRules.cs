using FamilyCase.Data.Validation;
using FamilyCase.Domain.Notes;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Notes;

/// <summary>The note's text rule, sized by its column, for the dialog and the command alike.</summary>
public sealed class NoteRules(ColumnLimits columns)
{
    public TextRule<NoteForm> Text { get; } = new("A note", columns.Of<ContactNote>(n => n.Text), f => f.Text,
        text => string.IsNullOrWhiteSpace(text) ? "Please write what happened. Keep it factual and brief." : null);

    /// <summary>Searching is limited too, so a pasted page cannot slow every note search down.</summary>
    public const int LongestSearch = 200;

    public string? FirstProblem(NoteForm form) =>
        Text.CheckIn(form) ?? NoteForm.CheckDate(form.Date) ?? (form.Time is null ? "Please give the time of the contact." : null)
        ?? NoteForm.CheckDuration(form.Duration) ?? NoteForm.CheckFollowUp(form.FollowUpOn);
}
