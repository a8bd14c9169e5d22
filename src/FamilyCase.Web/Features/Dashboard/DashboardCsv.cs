using System.Globalization;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>
/// Any dashboard table as CSV: a panel's records (as its drill-down lists them), the caseload per worker, or the trend. The file is
/// named with the team (or the worker, for My work) and the date, and each export is audited.
/// </summary>
public static class DashboardCsv
{
    public const string PathPrefix = "/dashboard/export/";
    public const string Workers = "workers";
    public const string Trend = "trend";
    public const string Barriers = "barriers";
    public const string ProgramWaits = "program-waits";

    private static readonly string[] ViewTables = [Workers, Trend, Barriers, ProgramWaits];

    public static string PathFor(DashboardPanel panel, PanelFilter? filter = null) =>
        PathPrefix + DashboardWords.DrillDownPath(panel, filter)["/dashboard/".Length..];

    public static IEndpointRouteBuilder MapDashboardExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + "{table}", async (string table, HttpContext http, DashboardQuery query, AuditTrail audit, CancellationToken cancellationToken) =>
        {
            if (SignedInStaff.From(http.User) is not { } staff)
            {
                return Results.NotFound();
            }

            if (ViewTables.Contains(table))
            {
                if (await query.ExecuteAsync(staff, cancellationToken) is not { } view || (table == Workers && view.Workers.Count == 0) || (table == Trend && view.Trend.Count == 0)
                    || (table is Barriers or ProgramWaits && !view.Shows(DashboardPanel.ReferralsWaiting)))
                {
                    return Results.NotFound();
                }

                var rows = table switch
                {
                    Workers => WorkerRows(view),
                    Trend => TrendRows(view),
                    Barriers => BarrierRows(view),
                    _ => ProgramWaitRows(view),
                };
                return await ExportAsync(staff, audit, table, view.Scope, view.Window, rows, cancellationToken);
            }

            if (DashboardWords.FromSlug(table) is not { } panel)
            {
                return Results.NotFound();
            }

            // The same reading of the address as the list's page: a part it cannot use is left out, as the page says.
            if (await query.DrillDownAsync(staff, panel, key => http.Request.Query[key].FirstOrDefault(), cancellationToken) is not { } drillDown)
            {
                return Results.NotFound();
            }

            return await ExportAsync(staff, audit, table, drillDown.Scope, drillDown.Window, ItemRows(drillDown), cancellationToken);
        }).RequireAuthorization();
        return endpoints;
    }

    public static IEnumerable<IReadOnlyList<string?>> ItemRows(DrillDown drillDown)
    {
        yield return ["File number", "Family", "Person", "What", "When", "Waiting", "Primary worker"];
        foreach (var item in drillDown.Items)
        {
            yield return [item.FileNumber, item.Family, item.Person, DashboardWords.What(drillDown.Panel, item), DashboardWords.When(item, drillDown.Window),
                DashboardWords.Waited(drillDown.Panel, item, drillDown.Window), item.Worker];
        }
    }

    private static IEnumerable<IReadOnlyList<string?>> WorkerRows(DashboardView view)
    {
        yield return ["Worker", "Families", "People", "Court weeks", "Testifying", "Open safety alerts", "Weighted intensity"];
        foreach (var w in view.Workers)
        {
            yield return [w.Worker, Number(w.Families), Number(w.Members), Number(w.CourtWeeks), Number(w.TestifyingMembers), Number(w.OpenSafetyAlerts),
                w.Intensity.ToString("0.##", CultureInfo.InvariantCulture)];
        }
    }

    private static IEnumerable<IReadOnlyList<string?>> TrendRows(DashboardView view)
    {
        yield return ["Month", "Open families", "New files", "Closed files"];
        foreach (var m in view.Trend)
        {
            yield return [m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Number(m.Open), Number(m.Opened), Number(m.Closed)];
        }
    }

    private static IEnumerable<IReadOnlyList<string?>> BarrierRows(DashboardView view)
    {
        yield return ["Barrier", "Referrals waiting that met it"];
        foreach (var b in view.Barriers)
        {
            yield return [Domain.Plans.PlanWords.Barrier(b.Barrier), Number(b.Referrals)];
        }
    }

    private static IEnumerable<IReadOnlyList<string?>> ProgramWaitRows(DashboardView view)
    {
        yield return ["Program", "Referrals waiting", "Longest wait (days)"];
        foreach (var p in view.LongestWaits)
        {
            yield return [p.Program, Number(p.Referrals), Number(p.LongestWaitDays)];
        }
    }

    private static async Task<IResult> ExportAsync(SignedInStaff staff, AuditTrail audit, string table, string scope, DashboardWindow window,
        IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        var materialised = rows.ToList();
        await audit.RecordAsync(new AuditEntry(AuditAction.Export, staff.DisplayName, staff.StaffId, "Dashboard", table, null,
            $"Exported the dashboard table {table} for {scope}: {materialised.Count - 1} rows"), cancellationToken);
        return CsvFile.Result($"dashboard-{table}-{CsvFile.Slug(scope)}-{window.Today:yyyy-MM-dd}.csv", materialised);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
