using System.Globalization;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Supervision;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>
/// A drill-down's filters as they come in the address (<c>?worker=12&amp;month=2026-05&amp;barrier=2&amp;program=7</c>): each is
/// used only on the lists it means something for, and anything unusable is left out with a plain message, never an error.
/// </summary>
public static class DrillDownAddress
{
    public static (PanelFilter Filter, IReadOnlyList<string> Problems) Read(DashboardPanel panel, Func<string, string?> read, DashboardWindow window)
    {
        var problems = new List<string>();
        int? worker = null, barrier = null, program = null;
        DateOnly? month = null;
        if (read("worker") is { Length: > 0 } workerText)
        {
            worker = Whole(workerText) is { } id && panel is not (DashboardPanel.AccessRefusals or DashboardPanel.EmergencyAccess or DashboardPanel.CourtDay)
                ? id : Unused("worker", problems);
        }

        if (read("month") is { Length: > 0 } monthText)
        {
            var earliest = TeamTrend.MonthStart(window.Today).AddMonths(-36);
            month = IsTrend(panel) && DateOnly.TryParseExact(monthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                && start >= earliest && start <= TeamTrend.MonthStart(window.Today)
                ? start : UnusedMonth(problems);
        }

        if (read("barrier") is { Length: > 0 } barrierText)
        {
            barrier = panel == DashboardPanel.ReferralsWaiting && Whole(barrierText) is { } value && ReferralStatuses.All.Any(b => (int)b == value)
                ? value : Unused("barrier", problems);
        }

        if (read("program") is { Length: > 0 } programText)
        {
            program = panel == DashboardPanel.ReferralsWaiting && Whole(programText) is { } id and > 0 ? id : Unused("program", problems);
        }

        return (new PanelFilter(worker, month, barrier, program), problems);
    }

    private static bool IsTrend(DashboardPanel panel) => panel is DashboardPanel.OpenedInMonth or DashboardPanel.ClosedInMonth or DashboardPanel.OpenAtMonthEnd;

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? Unused(string what, List<string> problems)
    {
        problems.Add($"The {what} in the address was not understood for this list, so it was left out.");
        return null;
    }

    private static DateOnly? UnusedMonth(List<string> problems)
    {
        problems.Add("The month in the address is not one of the dashboard's months, so this list is for the current month.");
        return null;
    }
}
