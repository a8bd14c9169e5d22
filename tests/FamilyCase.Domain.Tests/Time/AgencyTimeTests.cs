using FamilyCase.Domain.Time;

namespace FamilyCase.Domain.Tests.Time;

public sealed class AgencyTimeTests
{
    private static readonly AgencyTime Toronto = new(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"));

    [Fact]
    public void A_time_in_the_hour_skipped_in_spring_gets_a_plain_message_not_an_error()
    {
        var result = Toronto.Resolve(new DateOnly(2026, 3, 8), new TimeOnly(2, 30));

        Assert.False(result.IsValid);
        Assert.Equal($"There was no 02:30 on {AgencyTime.FormatDate(new DateOnly(2026, 3, 8))}: the clocks went forward from 02:00 to 03:00 that night. Please choose a time before 02:00 or from 03:00.", result.Problem);
    }

    [Theory]
    [InlineData(1, 59, "2026-03-08T06:59:00Z")]
    [InlineData(3, 0, "2026-03-08T07:00:00Z")]
    public void The_minutes_either_side_of_the_spring_gap_are_ordinary_times(int hour, int minute, string utc) =>
        Assert.Equal(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal), Toronto.Resolve(new DateOnly(2026, 3, 8), new TimeOnly(hour, minute)).Utc);

    [Fact]
    public void A_time_in_the_hour_that_happens_twice_in_autumn_is_read_as_the_first_of_the_two()
    {
        var result = Toronto.Resolve(new DateOnly(2026, 11, 1), new TimeOnly(1, 30));

        // 01:30 daylight time (UTC-4), not the later 01:30 standard time (UTC-5).
        Assert.Equal(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc), result.Utc);
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void Dates_outside_1900_to_2100_are_refused_with_the_range(int year, int month, int day)
    {
        var result = Toronto.Resolve(new DateOnly(year, month, day), new TimeOnly(12, 0));

        Assert.Equal($"Please give a date between {AgencyTime.FormatDate(new DateOnly(1900, 1, 1))} and {AgencyTime.FormatDate(new DateOnly(2100, 12, 31))}.", result.Problem);
        Assert.NotNull(AgencyTime.OutOfRange(new DateTime(year, month, day), "a date"));
    }

    [Fact]
    public void The_start_of_a_day_is_bounded_so_the_last_day_never_overflows()
    {
        Assert.Equal(new DateTime(2026, 3, 8, 5, 0, 0, DateTimeKind.Utc), Toronto.StartOfDayUtc(new DateOnly(2026, 3, 8)));
        Assert.Equal(Toronto.StartOfDayUtc(AgencyTime.LatestDate), Toronto.StartOfDayUtc(DateOnly.MaxValue));
        Assert.Equal(Toronto.StartOfDayUtc(AgencyTime.EarliestDate), Toronto.StartOfDayUtc(DateOnly.MinValue));
    }
}
