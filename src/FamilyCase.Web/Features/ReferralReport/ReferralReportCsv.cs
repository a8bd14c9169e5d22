using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
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

            var csv = Write(report, table);
            await audit.RecordAsync(new AuditEntry(AuditAction.Export, staff.DisplayName, staff.StaffId, "ReferralReport", team?.ToString(CultureInfo.InvariantCulture) ?? "agency", null,
                $"Exported the {table} table of the referral report for {report.Scope.Label}"), cancellationToken);
            var name = $"referrals-{table}-{CsvFile.Slug(report.Scope.Label)}-{time.Today(clock):yyyy-MM-dd}.csv";
            return Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", name);
        }).RequireAuthorization();
        return endpoints;
    }

    public static string Write(ReferralReportView report, string table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        switch (table)
        {
            case "status":
                Row(csv, "Status", "Referrals");
                foreach (var row in report.ByStatus)
                {
                    Row(csv, row.Label, row.Shown);
                }

                Row(csv, "All referrals", report.Total.Shown);
                break;
            case "barriers":
                Row(csv, "Barrier", "Referrals that met it");
                foreach (var row in report.ByBarrier)
                {
                    Row(csv, row.Label, row.Shown);
                }

                break;
            case "program-waits":
            case "kind-waits":
                Row(csv, table == "program-waits" ? "Program" : "Kind of service", "Referrals served", "Median wait (days)", "90th percentile wait (days)");
                foreach (var row in table == "program-waits" ? report.WaitsByProgram : report.WaitsByKind)
                {
                    Row(csv, row.Label, row.ServedShown, Days(row.MedianDays), Days(row.Percentile90Days));
                }

                break;
            default:
                Row(csv, "Area", "Need", "Kinds of service that would answer it", "People with this need");
                foreach (var row in report.UnmetNeeds)
                {
                    Row(csv, row.Area, row.Need, string.Join("; ", row.KindsNeeded.Select(DirectoryWords.Kind)), row.Shown);
                }

                break;
        }

        csv.Flush();
        return writer.ToString();
    }

    private static string Days(double? days) => days?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static void Row(CsvWriter csv, params string[] cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
    }
}
