using System.Linq.Expressions;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
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

    /// <summary>
    /// A person whose latest finished check-in is older than the cycle, as a query: the caseload's "check-ins overdue" and the
    /// dashboard's panel both count with it. Someone never checked in with is not overdue (nothing is due yet).
    /// </summary>
    public static Expression<Func<FamilyMember, bool>> Overdue(DateTime overdueIfCompletedBeforeUtc) =>
        m => m.Family!.Assessments.Any(a => a.FamilyMemberId == m.Id && a.InstrumentCode == FamilyNeedsCheckIn.Code && a.CompletedAtUtc != null)
            && !m.Family.Assessments.Any(a => a.FamilyMemberId == m.Id && a.InstrumentCode == FamilyNeedsCheckIn.Code && a.CompletedAtUtc >= overdueIfCompletedBeforeUtc);
}
