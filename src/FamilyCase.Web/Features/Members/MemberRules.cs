using System.Text.RegularExpressions;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Members;

/// <summary>
/// Field checks for a family member, each returning the message to show at the field, or null. Text limits come from the
/// columns; the dialog and the command use the same rules.
/// </summary>
public sealed partial class MemberRules(ColumnLimits columns)
{
    public TextRule<MemberForm> FirstName { get; } = new("The first name", columns.Of<FamilyMember>(m => m.FirstName), f => f.FirstName, v => Name(v, "first name"));
    public TextRule<MemberForm> LastName { get; } = new("The last name", columns.Of<FamilyMember>(m => m.LastName), f => f.LastName, v => Name(v, "last name"));
    public TextRule<MemberForm> Relationship { get; } = new("The relationship", columns.Of<FamilyMember>(m => m.Relationship), f => f.Relationship, RequireRelationship);
    public TextRule<MemberForm> PreferredName { get; } = new("The preferred name", columns.Of<FamilyMember>(m => m.PreferredName), f => f.PreferredName);
    public TextRule<MemberForm> Pronouns { get; } = new("Pronouns", columns.Of<FamilyMember>(m => m.Pronouns), f => f.Pronouns);
    public TextRule<MemberForm> Language { get; } = new("The language", columns.Of<FamilyMember>(m => m.Language), f => f.Language);
    public TextRule<MemberForm> CulturalSupports { get; } = new("Cultural supports", columns.Of<FamilyMember>(m => m.CulturalSupports), f => f.CulturalSupports);
    public TextRule<MemberForm> SafetyNotes { get; } = new("Safety notes", columns.Of<FamilyMember>(m => m.SafetyNotes), f => f.SafetyNotes);
    public TextRule<MemberForm> Phone { get; } = new("The safe phone", columns.Of<FamilyMember>(m => m.SafeContact.Phone), f => f.Phone, CheckPhone);
    public TextRule<MemberForm> Email { get; } = new("The safe email", columns.Of<FamilyMember>(m => m.SafeContact.Email), f => f.Email, CheckEmail);
    public TextRule<MemberForm> Address { get; } = new("The safe address", columns.Of<FamilyMember>(m => m.SafeContact.Address), f => f.Address);
    public TextRule<MemberForm> BestTimes { get; } = new("Best times", columns.Of<FamilyMember>(m => m.SafeContact.BestTimes), f => f.BestTimes);
    public TextRule<MemberForm> CodeWord { get; } = new("The code word", columns.Of<FamilyMember>(m => m.SafeContact.CodeWord), f => f.CodeWord);

    public IEnumerable<TextRule<MemberForm>> TextFields =>
        [FirstName, LastName, Relationship, PreferredName, Pronouns, Language, CulturalSupports, SafetyNotes, Phone, Email, Address, BestTimes, CodeWord];

    /// <summary>A name that is needed, within its column (the child's name at intake uses the same rule).</summary>
    public string? PersonName(string? value, string what) => Name(value, what)
        ?? (value!.Trim().Length > FirstName.MaxLength ? $"The {what} can be at most {FirstName.MaxLength} characters." : null);

    public static string? DateOfBirth(DateTime? value, DateOnly today) => value is not { } born
        ? null
        : DateOnly.FromDateTime(born) > today
            ? "The date of birth cannot be in the future."
            : DateOnly.FromDateTime(born) < AgencyTime.EarliestDate ? "The date of birth cannot be before 1900." : null;

    /// <summary>Every field check at once, for the server side of a save; the first problem, or null.</summary>
    public string? FirstProblem(MemberForm form, DateOnly today) =>
        TextRules.FirstProblem(TextFields, form) ?? DateOfBirth(form.DateOfBirth, today);

    private static string? Name(string? value, string what) => string.IsNullOrWhiteSpace(value) ? $"Please enter the {what}." : null;

    private static string? RequireRelationship(string? value) => string.IsNullOrWhiteSpace(value)
        ? "Please say how this person is related to the child (for example, \"Mother\" or \"Older brother\")."
        : null;

    private static string? CheckEmail(string? value) => string.IsNullOrWhiteSpace(value) || EmailPattern().IsMatch(value.Trim())
        ? null
        : "Please enter an email address like name@example.org.";

    private static string? CheckPhone(string? value) => string.IsNullOrWhiteSpace(value) || PhonePattern().IsMatch(value.Trim())
        ? null
        : "Please enter a phone number with 10 or 11 digits, like 416-555-0142.";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    // North American numbers, with or without +1, spaces, dashes, dots, brackets and an extension.
    [GeneratedRegex(@"^(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(\s*(x|ext\.?)\s*\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();
}
