using System.Globalization;
using FamilyCase.Data;

namespace FamilyCase.Web.Hosting;

/// <summary>Reads one setting with its default and its allowed range; a bad value stops the start with a message naming it.</summary>
public static class SettingReader
{
    public static int Number(IConfiguration configuration, string key, int fallback, int lowest, int highest)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= lowest && value <= highest
            ? value
            : throw new InvalidSettingException(key, $"'{text}' is not a whole number from {lowest} to {highest}.");
    }

    public static double Weight(IConfiguration configuration, string key, double fallback, double lowest, double highest)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= lowest && value <= highest
            ? value
            : throw new InvalidSettingException(key, $"'{text}' is not a number from {lowest.ToString(CultureInfo.InvariantCulture)} to {highest.ToString(CultureInfo.InvariantCulture)} (write decimals with a point, for example 0.25).");
    }

    public static bool YesNo(IConfiguration configuration, string key, bool fallback) => configuration[key] switch
    {
        null or "" => fallback,
        var text when bool.TryParse(text, out var value) => value,
        var text => throw new InvalidSettingException(key, $"'{text}' is not true or false."),
    };

    /// <remarks>A bare number such as "20" parses as 20 days, so durations must be written as hh:mm:ss.</remarks>
    public static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback, TimeSpan lowest, TimeSpan highest)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= lowest && value <= highest && text.Contains(':', StringComparison.Ordinal)
            ? value
            : throw new InvalidSettingException(key, $"'{text}' is not a duration between {Show(lowest)} and {Show(highest)}; write it as hh:mm:ss, for example 00:20:00.");
    }

    private static string Show(TimeSpan value) => value.ToString(value.Days > 0 ? @"d\.hh\:mm\:ss" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
