using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Time;

namespace FamilyCase.Domain.Tests.Assessments;

/// <summary>The due date a person's page shows and the overdue count the caseload shows come from one rule, in local dates.</summary>
public sealed class CheckInScheduleTests
{
    private static readonly AgencyTime Toronto = new(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"));
    private static readonly AssessmentRules Rules = new(ReassessmentDays: 90);

    [Theory]
    // Finished late in the evening in Toronto: already the next day in UTC.
    [InlineData("2026-06-01T03:30:00Z")]
    [InlineData("2026-06-01T03:59:59Z")]
    [InlineData("2026-06-01T04:00:00Z")]
    [InlineData("2026-06-01T04:00:01Z")]
    [InlineData("2026-01-15T04:59:00Z")]
    [InlineData("2026-01-15T05:00:00Z")]
    public void The_due_date_and_the_overdue_cut_off_agree_on_every_day_around_local_midnight(string completed)
    {
        var completedUtc = DateTime.Parse(completed, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var due = CheckInSchedule.NextDue(completedUtc, Toronto, Rules);

        for (var today = due.AddDays(-2); today <= due.AddDays(2); today = today.AddDays(1))
        {
            var overdueByDate = CheckInSchedule.IsOverdue(due, today);
            var overdueByQuery = completedUtc < CheckInSchedule.OverdueIfCompletedBeforeUtc(today, Toronto, Rules);
            Assert.True(overdueByDate == overdueByQuery, $"Completed {completed}, due {due}, today {today}: page says {overdueByDate}, caseload says {overdueByQuery}.");
        }
    }

    [Fact]
    public void The_next_check_in_is_due_on_the_local_day_ninety_days_on()
    {
        // 23:30 on 31 May in Toronto is 03:30 on 1 June in UTC; the person did it on 31 May.
        var due = CheckInSchedule.NextDue(new DateTime(2026, 6, 1, 3, 30, 0, DateTimeKind.Utc), Toronto, Rules);

        Assert.Equal(new DateOnly(2026, 5, 31).AddDays(90), due);
        Assert.False(CheckInSchedule.IsOverdue(due, due));
        Assert.True(CheckInSchedule.IsOverdue(due, due.AddDays(1)));
    }
}
