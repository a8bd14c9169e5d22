using FamilyCase.Data.Validation;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Families;

/// <summary>Checks for a family's own facts, sized by the columns: the intake page, the details dialog and their commands share them.</summary>
public sealed class FamilyDetailsRules(ColumnLimits columns)
{
    public TextRule<FamilyDetailsForm> DisplayName { get; } = new("The family name", columns.Of<Family>(f => f.DisplayName), f => f.DisplayName,
        name => string.IsNullOrWhiteSpace(name) ? "Please give the family a name (for example, \"Rivera family\")." : null);

    public TextRule<FamilyDetailsForm> ClosingReason { get; } = new("The reason for closing", columns.Of<Family>(f => f.ClosingReason), f => f.ClosingReason);

    public TextRule<FamilyDetailsForm> PreferredLanguage { get; } = new("The language", columns.Of<Family>(f => f.PreferredLanguage), f => f.PreferredLanguage);

    /// <summary>Checks that hold across fields; returns the message to show, or null.</summary>
    public string? FirstProblem(FamilyDetailsForm form, DateOnly today)
    {
        if (TextRules.FirstProblem([DisplayName, ClosingReason, PreferredLanguage], form) is { } text)
        {
            return text;
        }

        if (form.OpenedOn is not { } opened)
        {
            return "Please give the date the file opened.";
        }

        if (AgencyTime.OutOfRange(opened, "the opening date") is { } range)
        {
            return range;
        }

        if (DateOnly.FromDateTime(opened) > today)
        {
            return "The file cannot open in the future.";
        }

        if (form.Status != FamilyStatus.Closed)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(form.ClosingReason))
        {
            return "Please give the reason for closing the file.";
        }

        return form.ClosedOn is not { } closed || closed.Date < opened.Date || DateOnly.FromDateTime(closed) > today
            ? "Please give a closing date between the opening date and today."
            : null;
    }
}
