using System.Linq.Expressions;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Supervision;

/// <summary>
/// The month-by-month rules of the team trend, as expressions so the dashboard's counts (over loaded files) and the drill-down
/// lists (in the database) apply the very same rule.
/// </summary>
public static class TeamTrend
{
    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly MonthEnd(DateOnly monthStart) => monthStart.AddMonths(1).AddDays(-1);

    /// <summary>The first day of each of the last <paramref name="months"/> months, oldest first, ending with this month.</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly today, int months) =>
        Enumerable.Range(0, months).Select(i => MonthStart(today).AddMonths(i - months + 1)).ToList();

    public static Expression<Func<Family, bool>> OpenedIn(DateOnly monthStart)
    {
        var end = MonthEnd(monthStart);
        return f => f.OpenedOn >= monthStart && f.OpenedOn <= end;
    }

    public static Expression<Func<Family, bool>> ClosedIn(DateOnly monthStart)
    {
        var end = MonthEnd(monthStart);
        return f => f.ClosedOn >= monthStart && f.ClosedOn <= end;
    }

    /// <summary>Open on the month's last day (or today, for this month): opened by then and not closed by then.</summary>
    public static Expression<Func<Family, bool>> OpenAt(DateOnly day) => f => f.OpenedOn <= day && (f.ClosedOn == null || f.ClosedOn > day);
}
