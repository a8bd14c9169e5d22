using FamilyCase.Domain.Time;

namespace FamilyCase.Domain.Assessments;

/// <summary>
/// When the next family needs check-in is due, in the agency's local dates: the local day of the last finished check-in
/// plus the reassessment cycle. It is overdue from the day after. Screens and queries both ask here, so they never disagree.
/// </summary>
public static class CheckInSchedule
{
    public static DateOnly NextDue(DateTime lastCompletedUtc, AgencyTime time, AssessmentRules rules) =>
        time.LocalDate(lastCompletedUtc).AddDays(rules.ReassessmentDays);

    public static bool IsOverdue(DateOnly nextDue, DateOnly today) => nextDue < today;

    /// <summary>
    /// The same rule as a UTC instant for database queries: a check-in finished before this is overdue on <paramref name="today"/>
    /// (its next due date, its local day plus the cycle, falls before today).
    /// </summary>
    public static DateTime OverdueIfCompletedBeforeUtc(DateOnly today, AgencyTime time, AssessmentRules rules) =>
        time.StartOfDayUtc(today.AddDays(-rules.ReassessmentDays));
}
