using System.Linq.Expressions;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Supervision;

/// <summary>
/// The month-by-month rules of the team trend, written once as expressions: the drill-down lists run them in the database, and
/// the dashboard's counts run the same expressions, compiled once, over the files it has loaded.
/// </summary>
public static class TeamTrend
{
    private static readonly Expression<Func<Family, DateOnly, DateOnly, bool>> OpenedBetween = (f, first, last) => f.OpenedOn >= first && f.OpenedOn <= last;
    private static readonly Expression<Func<Family, DateOnly, DateOnly, bool>> ClosedBetween = (f, first, last) => f.ClosedOn >= first && f.ClosedOn <= last;

    /// <summary>Open on a day: opened by then and not closed by then (the second date is not used).</summary>
    private static readonly Expression<Func<Family, DateOnly, DateOnly, bool>> OpenOn = (f, day, _) => f.OpenedOn <= day && (f.ClosedOn == null || f.ClosedOn > day);

    private static readonly Func<Family, DateOnly, DateOnly, bool> OpenedBetweenCompiled = OpenedBetween.Compile();
    private static readonly Func<Family, DateOnly, DateOnly, bool> ClosedBetweenCompiled = ClosedBetween.Compile();
    private static readonly Func<Family, DateOnly, DateOnly, bool> OpenOnCompiled = OpenOn.Compile();

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly MonthEnd(DateOnly monthStart) => monthStart.AddMonths(1).AddDays(-1);

    /// <summary>The first day of each of the last <paramref name="months"/> months, oldest first, ending with this month.</summary>
    public static IReadOnlyList<DateOnly> Months(DateOnly today, int months) =>
        Enumerable.Range(0, months).Select(i => MonthStart(today).AddMonths(i - months + 1)).ToList();

    public static Expression<Func<Family, bool>> OpenedIn(DateOnly monthStart) => Bind(OpenedBetween, monthStart, MonthEnd(monthStart));

    public static Expression<Func<Family, bool>> ClosedIn(DateOnly monthStart) => Bind(ClosedBetween, monthStart, MonthEnd(monthStart));

    /// <summary>Open on the month's last day (or today, for this month): opened by then and not closed by then.</summary>
    public static Expression<Func<Family, bool>> OpenAt(DateOnly day) => Bind(OpenOn, day, day);

    public static bool WasOpenedIn(Family family, DateOnly monthStart) => OpenedBetweenCompiled(family, monthStart, MonthEnd(monthStart));

    public static bool WasClosedIn(Family family, DateOnly monthStart) => ClosedBetweenCompiled(family, monthStart, MonthEnd(monthStart));

    public static bool WasOpenAt(Family family, DateOnly day) => OpenOnCompiled(family, day, day);

    // The two dates become values of the query, so the database reads them as parameters of one cached query.
    private static Expression<Func<Family, bool>> Bind(Expression<Func<Family, DateOnly, DateOnly, bool>> rule, DateOnly first, DateOnly second)
    {
        var dates = new Dates(first, second);
        var holder = Expression.Constant(dates);
        var body = new Replace(new Dictionary<ParameterExpression, Expression>
        {
            [rule.Parameters[1]] = Expression.Property(holder, nameof(Dates.First)),
            [rule.Parameters[2]] = Expression.Property(holder, nameof(Dates.Second)),
        }).Visit(rule.Body);
        return Expression.Lambda<Func<Family, bool>>(body, rule.Parameters[0]);
    }

    private sealed record Dates(DateOnly First, DateOnly Second);

    private sealed class Replace(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
