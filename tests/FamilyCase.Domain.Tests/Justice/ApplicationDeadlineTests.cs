using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;

namespace FamilyCase.Domain.Tests.Justice;

public sealed class ApplicationDeadlineTests
{
    private static readonly AgencyTime Toronto = new(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"));
    private static readonly ApplicationDeadlines Vqrp = ApplicationDeadlines.Default;

    [Theory]
    [InlineData(ApplicationKind.VqrpImmediateNeeds, "2026-01-10", "2026-02-24")]
    [InlineData(ApplicationKind.VqrpImmediateNeeds, "2026-12-20", "2027-02-03")]
    [InlineData(ApplicationKind.VqrpCounselling, "2026-03-15", "2026-09-15")]
    [InlineData(ApplicationKind.VqrpCounselling, "2025-08-31", "2026-02-28")]
    [InlineData(ApplicationKind.VqrpCounselling, "2027-08-31", "2028-02-29")]
    [InlineData(ApplicationKind.VqrpCounselling, "2026-03-31", "2026-09-30")]
    [InlineData(ApplicationKind.VqrpSeriousInjury, "2024-02-29", "2025-02-28")]
    [InlineData(ApplicationKind.VqrpSeriousInjury, "2026-06-01", "2027-06-01")]
    public void Vqrp_deadlines_count_from_the_date_of_the_crime_and_end_on_the_last_day_of_a_short_month(ApplicationKind kind, string crime, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Vqrp.DueOn(kind, DateOnly.Parse(crime, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_periods_are_settings_the_agency_can_change()
    {
        var longer = Vqrp with { ImmediateNeedsDays = 60, CounsellingMonths = 9, SeriousInjuryMonths = 24 };
        var crime = new DateOnly(2026, 1, 1);

        Assert.Equal(new DateOnly(2026, 3, 2), longer.DueOn(ApplicationKind.VqrpImmediateNeeds, crime));
        Assert.Equal(new DateOnly(2026, 10, 1), longer.DueOn(ApplicationKind.VqrpCounselling, crime));
        Assert.Equal(new DateOnly(2028, 1, 1), longer.DueOn(ApplicationKind.VqrpSeriousInjury, crime));
    }

    [Theory]
    [InlineData(ApplicationKind.CriminalInjuriesCompensation)]
    [InlineData(ApplicationKind.RestitutionOrder)]
    [InlineData(ApplicationKind.Other)]
    public void Other_applications_have_no_set_deadline_so_theirs_is_typed_in(ApplicationKind kind)
    {
        Assert.Null(Vqrp.DueOn(kind, new DateOnly(2026, 1, 1)));
        Assert.False(ApplicationDeadlines.HasSetDeadline(kind));
    }

    [Fact]
    public void A_vqrp_deadline_needs_the_date_of_the_crime() =>
        Assert.Null(Vqrp.DueOn(ApplicationKind.VqrpCounselling, null));

    [Theory]
    [InlineData("2026-06-10", "2026-06-09", DeadlineState.Overdue)]
    [InlineData("2026-06-10", "2026-06-10", DeadlineState.DueToday)]
    [InlineData("2026-06-10", "2026-06-11", DeadlineState.DueSoon)]
    [InlineData("2026-06-10", "2026-06-24", DeadlineState.DueSoon)]
    [InlineData("2026-06-10", "2026-06-25", DeadlineState.Later)]
    public void A_deadline_is_overdue_after_its_day_and_due_soon_within_fourteen_days(string today, string due, DeadlineState expected) =>
        Assert.Equal(expected, Vqrp.StateOn(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void No_due_date_is_no_deadline() => Assert.Equal(DeadlineState.None, Vqrp.StateOn(null, new DateOnly(2026, 1, 1)));

    // The clocks go back at 02:00 on 1 November 2026 in Toronto (UTC-4 to UTC-5), and forward on 8 March 2026.
    [Theory]
    [InlineData("2026-11-02T04:59:00Z", DeadlineState.DueToday)]
    [InlineData("2026-11-02T05:00:00Z", DeadlineState.Overdue)]
    [InlineData("2026-03-09T03:59:00Z", DeadlineState.DueToday)]
    [InlineData("2026-03-09T04:00:00Z", DeadlineState.Overdue)]
    public void A_deadline_ends_at_midnight_in_the_agency_across_a_change_of_the_clocks(string utcNow, DeadlineState expected)
    {
        var now = DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new FixedClock(now);
        var due = DateOnly.FromDateTime(now.UtcDateTime.AddDays(-1));

        Assert.Equal(expected, Vqrp.StateOn(due, Toronto.Today(clock)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
