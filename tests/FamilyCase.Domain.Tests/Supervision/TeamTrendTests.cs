using FamilyCase.Domain.Families;
using FamilyCase.Domain.Supervision;

namespace FamilyCase.Domain.Tests.Supervision;

public sealed class TeamTrendTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void The_months_end_with_this_one_oldest_first()
    {
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), March], TeamTrend.Months(new DateOnly(2026, 3, 17), 3));
        Assert.Equal(new DateOnly(2026, 2, 28), TeamTrend.MonthEnd(new DateOnly(2026, 2, 1)));
    }

    [Theory]
    [InlineData("2026-03-01", null, true, false, true)]
    [InlineData("2026-03-31", null, true, false, true)]
    [InlineData("2026-02-28", "2026-03-31", false, true, false)] // closed on the month's last day: not open at its end
    [InlineData("2026-02-28", "2026-04-01", false, false, true)]
    [InlineData("2026-04-01", null, false, false, false)]
    public void Opened_closed_and_open_at_the_months_end_follow_the_dates(string opened, string? closed, bool openedIn, bool closedIn, bool openAtEnd)
    {
        var family = new Family { FileNumber = "FC-1", DisplayName = "Test family", OpenedOn = DateOnly.Parse(opened), ClosedOn = closed is null ? null : DateOnly.Parse(closed) };
        var end = TeamTrend.MonthEnd(March);

        Assert.Equal(openedIn, TeamTrend.WasOpenedIn(family, March));
        Assert.Equal(closedIn, TeamTrend.WasClosedIn(family, March));
        Assert.Equal(openAtEnd, TeamTrend.WasOpenAt(family, end));
        // The expressions the drill-downs run in the database give the same answers.
        Assert.Equal(openedIn, TeamTrend.OpenedIn(March).Compile()(family));
        Assert.Equal(closedIn, TeamTrend.ClosedIn(March).Compile()(family));
        Assert.Equal(openAtEnd, TeamTrend.OpenAt(end).Compile()(family));
    }
}
