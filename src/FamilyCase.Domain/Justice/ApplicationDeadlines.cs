using System.Linq.Expressions;

namespace FamilyCase.Domain.Justice;

public enum DeadlineState
{
    None,
    Later,
    DueSoon,
    DueToday,
    Overdue,
}

/// <summary>
/// Deadlines counted from the date of the crime, as agency settings (VQRP+: 45 days for immediate needs, 6 months for
/// counselling, 1 year for serious injury). Deadlines are dates in the agency's day, so a change of the clocks never moves
/// one; a month or year that has no such day ends on the month's last day (31 August + 6 months is 28 or 29 February).
/// </summary>
public sealed record ApplicationDeadlines(int ImmediateNeedsDays = 45, int CounsellingMonths = 6, int SeriousInjuryMonths = 12, int DueSoonDays = 14)
{
    public static readonly ApplicationDeadlines Default = new();

    /// <summary>The due date worked out from the crime date, or null when the kind has no set deadline (then it is typed in).</summary>
    public DateOnly? DueOn(ApplicationKind kind, DateOnly? crimeDate) => (kind, crimeDate) switch
    {
        (ApplicationKind.VqrpImmediateNeeds, { } day) => day.AddDays(ImmediateNeedsDays),
        (ApplicationKind.VqrpCounselling, { } day) => day.AddMonths(CounsellingMonths),
        (ApplicationKind.VqrpSeriousInjury, { } day) => day.AddMonths(SeriousInjuryMonths),
        _ => null,
    };

    public static bool HasSetDeadline(ApplicationKind kind) => kind is ApplicationKind.VqrpImmediateNeeds or ApplicationKind.VqrpCounselling or ApplicationKind.VqrpSeriousInjury;

    /// <summary>Where a pending application stands on the agency's <paramref name="today"/>. Overdue ones are shown, never refused.</summary>
    public DeadlineState StateOn(DateOnly? dueOn, DateOnly today) => dueOn switch
    {
        null => DeadlineState.None,
        { } due when due < today => DeadlineState.Overdue,
        { } due when due == today => DeadlineState.DueToday,
        { } due when due.DayNumber - today.DayNumber <= DueSoonDays => DeadlineState.DueSoon,
        _ => DeadlineState.Later,
    };

    /// <summary>The last due date that counts as "due soon" on <paramref name="today"/>.</summary>
    public DateOnly DueSoonUntil(DateOnly today) => today.AddDays(DueSoonDays);

    /// <summary>Pending applications whose deadline has passed: the query form of <see cref="StateOn"/>, for headers and caseloads.</summary>
    public static Expression<Func<JusticeApplication, bool>> OverdueOn(DateOnly today) => Pending(a => a.DueOn < today);

    /// <summary>Pending applications due from today to <see cref="DueSoonUntil"/>.</summary>
    public Expression<Func<JusticeApplication, bool>> DueSoonOn(DateOnly today)
    {
        var until = DueSoonUntil(today);
        return Pending(a => a.DueOn >= today && a.DueOn <= until);
    }

    private static Expression<Func<JusticeApplication, bool>> Pending(Expression<Func<JusticeApplication, bool>> due)
    {
        var pending = JusticeApplication.Pending;
        var body = new Rebind(due.Parameters[0], pending.Parameters[0]).Visit(due.Body);
        return Expression.Lambda<Func<JusticeApplication, bool>>(Expression.AndAlso(pending.Body, body), pending.Parameters[0]);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
