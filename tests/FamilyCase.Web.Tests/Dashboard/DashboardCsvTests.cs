using System.Net;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Dashboard;

/// <summary>Any dashboard table as a CSV file: named with the team and the date, safe to open in a spreadsheet, audited.</summary>
public sealed class DashboardCsvTests(DashboardCsvTests.App app) : IClassFixture<DashboardCsvTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_list_downloads_named_with_the_team_and_date_with_formulas_made_harmless_and_audited()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        await using (var db = app.CreateDb())
        {
            var member = await db.FamilyMembers.Where(m => m.Family!.TeamId == dana.TeamId && m.Family.Status != FamilyStatus.Closed && m.Role == MemberRole.Parent)
                .OrderBy(m => m.Id).FirstAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-40);
            var referral = new Referral
            {
                FamilyId = member.FamilyId, FamilyMemberId = member.Id, OutsideService = "=HYPERLINK(\"http://example.org\",\"open\")", Kind = ServiceKind.Counselling,
                ReferredOn = today, Barriers = ReferralBarrier.Cost, Status = ReferralStatus.Waitlisted, StatusOn = today, CreatedAtUtc = DateTime.UtcNow, UpdatedAtUtc = DateTime.UtcNow,
            };
            referral.Steps.Add(new ReferralStep { FamilyId = member.FamilyId, Status = ReferralStatus.Waitlisted, On = today, RecordedByStaffId = dana.StaffId, RecordedAtUtc = DateTime.UtcNow });
            db.Actor = new AuditActor(dana.StaffId, dana.DisplayName);
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
        }

        using var client = await app.SignedInClientAsync(DemoPeople.Supervisor);
        using var response = await client.GetAsync(new Uri("/dashboard/export/referrals-waiting", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^dashboard-referrals-waiting-toronto-east-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.StartsWith("File number,Family,Person,What,When,Waiting,Primary worker", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
        await using var after = app.CreateDb();
        Assert.True(await after.AuditEvents.AnyAsync(e => e.ActorStaffId == dana.StaffId && e.Action == AuditAction.Export && e.RecordType == "Dashboard" && e.RecordId == "referrals-waiting"));
    }

    [Theory]
    [InlineData("workers", "Worker,Families,People,Court weeks,Testifying,Open safety alerts,Weighted intensity")]
    [InlineData("trend", "Month,Open families,New files,Closed files")]
    [InlineData("barriers", "Barrier,Referrals waiting that met it")]
    [InlineData("program-waits", "Program,Referrals waiting,Longest wait (days)")]
    public async Task The_dashboards_own_tables_download_too(string table, string header)
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Supervisor);

        var csv = await client.GetStringAsync(new Uri($"/dashboard/export/{table}", UriKind.Relative));

        Assert.StartsWith(header, csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoPeople.Caseworker, "workers")]
    [InlineData(DemoPeople.CourtSupport, "referrals-waiting")]
    [InlineData(DemoPeople.Administrator, "trend")]
    [InlineData(DemoPeople.Supervisor, "no-such-table")]
    public async Task A_table_someone_may_not_see_is_not_there(string userName, string table)
    {
        using var client = await app.SignedInClientAsync(userName);

        using var response = await client.GetAsync(new Uri($"/dashboard/export/{table}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
