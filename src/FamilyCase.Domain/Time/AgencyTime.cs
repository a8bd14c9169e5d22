using System.Globalization;

namespace FamilyCase.Domain.Time;

/// <summary>A local date and time turned into UTC, or why it cannot be: the hour the clocks skip in spring never happened.</summary>
public sealed record LocalTimeResult(DateTime? Utc, string? Problem)
{
    public bool IsValid => Utc is not null;
}

/// <summary>
/// Times are stored in UTC and shown in the agency's time zone (default America/Toronto). Dates people type are bounded
/// to <see cref="EarliestDate"/>–<see cref="LatestDate"/> so nothing overflows.
/// </summary>
public sealed class AgencyTime(TimeZoneInfo zone)
{
    public const string DefaultTimeZone = "America/Toronto";
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);
    private static readonly CultureInfo Canadian = CultureInfo.GetCultureInfo("en-CA");

    public TimeZoneInfo Zone { get; } = zone;

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>
    /// The UTC instant of a local date and time. A time in the hour skipped when clocks go forward is refused with a plain message;
    /// a time in the hour that happens twice when clocks go back is read as the first of the two (daylight time).
    /// </summary>
    public LocalTimeResult Resolve(DateOnly date, TimeOnly time)
    {
        if (date < EarliestDate || date > LatestDate)
        {
            return new(null, $"Please give a date between {FormatDate(EarliestDate)} and {FormatDate(LatestDate)}.");
        }

        var local = DateTime.SpecifyKind(date.ToDateTime(time), DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            var (from, to) = SkippedHour(local);
            return new(null, $"There was no {time.ToString("HH:mm", Canadian)} on {FormatDate(date)}: the clocks went forward from {from:HH:mm} to {to:HH:mm} that night. Please choose a time before {from:HH:mm} or from {to:HH:mm}.");
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new(DateTime.SpecifyKind(local - offset, DateTimeKind.Utc), null);
    }

    /// <summary>The UTC instant a local day starts (the first minute that exists, in zones that skip midnight).</summary>
    public DateTime StartOfDayUtc(DateOnly date)
    {
        var day = date < EarliestDate ? EarliestDate : date > LatestDate ? LatestDate : date;
        for (var minute = 0; ; minute++)
        {
            if (Resolve(day, TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute))).Utc is { } utc)
            {
                return utc;
            }
        }
    }

    /// <summary>A message when a typed date falls outside the years FamilyCase accepts, or null.</summary>
    public static string? OutOfRange(DateTime? value, string what) =>
        value is { } date && (DateOnly.FromDateTime(date) < EarliestDate || DateOnly.FromDateTime(date) > LatestDate)
            ? $"Please give {what} between {FormatDate(EarliestDate)} and {FormatDate(LatestDate)}."
            : null;

    public static string FormatDate(DateOnly date) => date.ToString("d MMM yyyy", Canadian);

    public string Format(DateTime utc) => ToLocal(utc).ToString("d MMM yyyy, HH:mm", Canadian);

    private (DateTime From, DateTime To) SkippedHour(DateTime invalid)
    {
        var from = invalid;
        while (Zone.IsInvalidTime(from.AddMinutes(-1)))
        {
            from = from.AddMinutes(-1);
        }

        var to = invalid;
        while (Zone.IsInvalidTime(to))
        {
            to = to.AddMinutes(1);
        }

        return (from, to);
    }
}
