using System.Globalization;
using System.Text.RegularExpressions;

namespace FamilyCase.Domain.Families;

/// <summary>Family file numbers look like <c>FC-2026-00042</c>: the year opened and a sequence within that year.</summary>
public static partial class FileNumber
{
    public const int MaxSequence = 99_999;

    public static string Format(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"FC-{year:D4}-{sequence:D5}");

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex(@"^FC-\d{4}-\d{5}$")]
    private static partial Regex Pattern();
}
