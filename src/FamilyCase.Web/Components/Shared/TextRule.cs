namespace FamilyCase.Web.Components.Shared;

/// <summary>
/// One text field of a form: its label, its column's size and any further check. The dialog shows the message at the field;
/// the command runs the same rule again on the server, so a form sent around the dialog is checked too.
/// </summary>
public sealed record TextRule<TForm>(string Label, int MaxLength, Func<TForm, string?> Read, Func<string?, string?>? Extra = null)
{
    public string? Check(string? value) =>
        Extra?.Invoke(value) ?? (value is { } text && text.Trim().Length > MaxLength
            ? $"{Label} can be at most {MaxLength} characters; this has {text.Trim().Length}."
            : null);

    /// <summary>For a MudTextField's <c>Validation</c>.</summary>
    public Func<string, string?> Validate => value => Check(value);

    public string? CheckIn(TForm form) => Check(Read(form));
}

public static class TextRules
{
    /// <summary>The first problem among a form's text fields, or null.</summary>
    public static string? FirstProblem<TForm>(IEnumerable<TextRule<TForm>> rules, TForm form) =>
        rules.Select(rule => rule.CheckIn(form)).FirstOrDefault(problem => problem is not null);

    /// <summary>Trims, and turns an empty answer into "not recorded".</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
