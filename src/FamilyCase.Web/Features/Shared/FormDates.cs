using FamilyCase.Domain.Time;

namespace FamilyCase.Web.Features.Shared;

/// <summary>Dates as the forms hold them (DateTime? for the date pickers) and as records keep them.</summary>
public static class FormDates
{
    public static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static DateOnly? DateOf(DateTime? date) => date is { } day ? DateOnly.FromDateTime(day) : null;

    public static DateTime? DateTimeOf(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    /// <summary>A required date, in range and not in the future: something that has already happened.</summary>
    public static string? CheckPast(DateTime? date, string what, DateOnly today) => date switch
    {
        null => $"Please give {what}.",
        { } day when AgencyTime.OutOfRange(day, what) is { } range => range,
        { } day when DateOnly.FromDateTime(day) > today => $"{char.ToUpperInvariant(what[0])}{what[1..]} cannot be in the future.",
        _ => null,
    };
}
