using System.Text.RegularExpressions;
using FamilyCase.Domain.Families;

namespace FamilyCase.Web.Features.Members;

/// <summary>Field checks for the member form, each returning the message to show at the field, or null.</summary>
public static partial class MemberRules
{
    public static string? Name(string? value, string what) => string.IsNullOrWhiteSpace(value)
        ? $"Please enter the {what}."
        : value.Trim().Length > 100 ? $"The {what} can be at most 100 characters." : null;

    public static string? Relationship(string? value) => string.IsNullOrWhiteSpace(value)
        ? "Please say how this person is related to the child (for example, \"Mother\" or \"Older brother\")."
        : null;

    public static string? DateOfBirth(DateTime? value, DateOnly today) => value is not { } born
        ? null
        : DateOnly.FromDateTime(born) > today
            ? "The date of birth cannot be in the future."
            : DateOnly.FromDateTime(born) < AgencyCalendar.EarliestBirthDate ? "The date of birth cannot be before 1900." : null;

    public static string? Email(string? value) => string.IsNullOrWhiteSpace(value) || EmailPattern().IsMatch(value.Trim())
        ? null
        : "Please enter an email address like name@example.org.";

    public static string? Phone(string? value) => string.IsNullOrWhiteSpace(value) || PhonePattern().IsMatch(value.Trim())
        ? null
        : "Please enter a phone number with 10 or 11 digits, like 416-555-0142.";

    /// <summary>Every field check at once, for the server side of a save; the first problem, or null.</summary>
    public static string? FirstProblem(MemberForm form, DateOnly today) =>
        Name(form.FirstName, "first name") ?? Name(form.LastName, "last name") ?? Relationship(form.Relationship)
        ?? DateOfBirth(form.DateOfBirth, today) ?? Email(form.Email) ?? Phone(form.Phone);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    // North American numbers, with or without +1, spaces, dashes, dots, brackets and an extension.
    [GeneratedRegex(@"^(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(\s*(x|ext\.?)\s*\d{1,6})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhonePattern();
}
