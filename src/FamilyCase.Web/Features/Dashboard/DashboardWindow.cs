using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Supervision;
using FamilyCase.Domain.Time;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>The dates every panel counts from, worked out once from the agency's day and the thresholds.</summary>
public sealed record DashboardWindow(DateTime NowUtc, DateOnly Today, DashboardThresholds Thresholds, AgencyTime Time)
{
    public required DateTime CourtUntilUtc { get; init; }
    public required DateTime DeadlineUntilUtc { get; init; }
    public required DateTime CourtWeeksUntilUtc { get; init; }
    public required DateTime CheckInOverdueBeforeUtc { get; init; }
    public required DateTime NoContactSinceUtc { get; init; }
    public required DateTime RefusalsSinceUtc { get; init; }

    public DateOnly DeadlineUntil => Today.AddDays(Thresholds.DeadlineWindowDays);

    /// <summary>Referred before this day: waiting more than the threshold.</summary>
    public DateOnly WaitingSince => Today.AddDays(-Thresholds.ReferralWaitDays);

    public DateOnly PoliceSince => Today.AddDays(-Thresholds.PoliceLookbackDays);

    public DateOnly NoContactOpenedBy => Today.AddDays(-Thresholds.NoContactDays);

    /// <summary>Opened before this day: in intake longer than the threshold.</summary>
    public DateOnly IntakeOpenedBy => Today.AddDays(-Thresholds.IntakeDays);

    public static DashboardWindow For(TimeProvider clock, AgencyTime time, AssessmentRules rules, DashboardThresholds thresholds)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = time.Today(clock);
        return new DashboardWindow(now, today, thresholds, time)
        {
            CourtUntilUtc = time.StartOfDayUtc(today.AddDays(thresholds.CourtWindowDays + 1)),
            DeadlineUntilUtc = time.StartOfDayUtc(today.AddDays(thresholds.DeadlineWindowDays + 1)),
            CourtWeeksUntilUtc = time.StartOfDayUtc(today.AddDays(7 * thresholds.CourtWeeksAhead)),
            CheckInOverdueBeforeUtc = CheckInSchedule.OverdueIfCompletedBeforeUtc(today, time, rules),
            // "In 30 days" is today and the 29 days before it, in the agency's days.
            NoContactSinceUtc = time.StartOfDayUtc(today.AddDays(1 - thresholds.NoContactDays)),
            RefusalsSinceUtc = now.AddDays(-thresholds.RefusalLookbackDays),
        };
    }
}
