using System.Globalization;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Directory;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.ReferralReport;

/// <summary>
/// Each table of the referral report as a CSV file, with exactly what the page shows (small counts hidden the same way).
/// Cells that a spreadsheet would run as a formula are escaped; the file is named with the reading and the date; each export is audited.
/// </summary>
public static class ReferralReportCsv
{
    public const string PathPrefix = "/referral-report/export/";

    public static readonly IReadOnlyList<string> Tables = ["status", "barriers", "program-waits", "kind-waits", "unmet-needs"];

    public static string PathFor(string table, int? teamId) =>
        PathPrefix + table + (teamId is { } team ? $"?team={team.ToString(CultureInfo.InvariantCulture)}" : "");

    public static IEndpointRouteBuilder MapReferralReportExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + "{table}", async (string table, int? team, HttpContext http, ReferralReportQuery query, AuditTrail audit, TimeProvider clock, Domain.Time.AgencyTime time, CancellationToken cancellationToken) =>
        {
            if (SignedInStaff.From(http.User) is not { } staff || !Tables.Contains(table))
            {
                return Results.NotFound();
            }

            if (await query.ExecuteAsync(staff, team, cancellationToken, recordView: false) is not { } report)
            {
                return Results.NotFound();
            }

            var rows = Rows(report, table).ToList();
            await audit.RecordAsync(new AuditEntry(AuditAction.Export, staff.DisplayName, staff.StaffId, "ReferralReport", team?.ToString(CultureInfo.InvariantCulture) ?? "agency", null,
                $"Exported the {table} table of the referral report for {report.Scope.Label}"), cancellationToken);
            var name = $"referrals-{table}-{CsvFile.Slug(report.Scope.Label)}-{time.Today(clock):yyyy-MM-dd}.csv";
            return CsvFile.Result(name, rows);
        }).RequireAuthorization();
        return endpoints;
    }

    public static string Write(ReferralReportView report, string table) => CsvFile.Text(Rows(report, table));

    private static IEnumerable<IReadOnlyList<string?>> Rows(ReferralReportView report, string table)
    {
        switch (table)
        {
            case "status":
                yield return ["Status", "Referrals"];
                foreach (var row in report.ByStatus)
                {
                    yield return [row.Label, row.Shown];
                }

                yield return ["All referrals", report.Total.Shown];
                break;
            case "barriers":
                yield return ["Barrier", "Referrals that met it"];
                foreach (var row in report.ByBarrier)
                {
                    yield return [row.Label, row.Shown];
                }

                break;
            case "program-waits":
            case "kind-waits":
                yield return [table == "program-waits" ? "Program" : "Kind of service", "Referrals served", "Median wait (days)", "90th percentile wait (days)"];
                foreach (var row in table == "program-waits" ? report.WaitsByProgram : report.WaitsByKind)
                {
                    yield return [row.Label, row.ServedShown, Days(row.MedianDays), Days(row.Percentile90Days)];
                }

                break;
            default:
                yield return ["Area", "Need", "Kinds of service that would answer it", "People with this need"];
                foreach (var row in report.UnmetNeeds)
                {
                    yield return [row.Area, row.Need, string.Join("; ", row.KindsNeeded.Select(DirectoryWords.Kind)), row.Shown];
                }

                break;
        }
    }

    private static string Days(double? days) => days?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
}
