using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Families;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Supervision;

[Collection(BrowserCollection.Name)]
public sealed class DashboardJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_supervisor_acknowledges_a_safety_alert_from_the_dashboard_and_reassigns_two_families_from_a_drill_down()
    {
        int alertId, amiraId;
        List<(int Id, string Name)> amirasFamilies;
        await using (var db = browser.App.CreateDb())
        {
            amiraId = await db.Staff.Where(s => s.Email.StartsWith(DemoPeople.Caseworker + ".")).Select(s => s.Id).SingleAsync();
            var assessment = await db.Assessments.Where(a => a.Family!.Assignments.Any(x => x.StaffMemberId == amiraId && x.EndedAtUtc == null) && a.Status != AssessmentStatus.Draft)
                .OrderBy(a => a.Id).FirstAsync();
            var alert = new SafetyAlert
            {
                FamilyId = assessment.FamilyId, FamilyMemberId = assessment.FamilyMemberId, AssessmentId = assessment.Id, Kind = AlertKind.UrgentSafetyNeed,
                RaisedAtUtc = DateTime.UtcNow.AddHours(-2), ActionTaken = "Made a safety plan together and booked a visit for tomorrow",
                ActionRecordedByStaffId = amiraId, ActionRecordedAtUtc = DateTime.UtcNow.AddHours(-2),
            };
            db.Actor = new AuditActor(amiraId, "Amira Haddad");
            db.SafetyAlerts.Add(alert);
            await db.SaveChangesAsync();
            alertId = alert.Id;
            amirasFamilies = (await db.Assignments.Where(a => a.StaffMemberId == amiraId && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary && a.Family!.Status != FamilyStatus.Closed)
                .OrderBy(a => a.Family!.DisplayName).Select(a => new { a.FamilyId, a.Family!.DisplayName }).ToListAsync())
                .Select(f => (f.FamilyId, f.DisplayName)).ToList();
        }

        var dana = await browser.NewPageAsync();
        await dana.SignInAsync(DemoPeople.Supervisor);
        await Assertions.Expect(dana.GetByRole(AriaRole.Heading, new() { Name = "Team dashboard", Level = 1 })).ToBeVisibleAsync();
        var alertRow = dana.Locator($"#open-alerts li[data-alert='{alertId}']");
        await Assertions.Expect(alertRow).ToContainTextAsync("Made a safety plan together");
        await Assertions.Expect(dana.Locator("#worker-table")).ToContainTextAsync("Amira Haddad");
        await dana.AssertAccessibleAsync();
        await dana.ScreenshotForGuideAsync("dashboard");

        await alertRow.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(dana.Locator("#dashboard-outcome")).ToContainTextAsync("The safety alert is acknowledged.");
        await Assertions.Expect(alertRow).ToHaveCountAsync(0);

        await dana.Locator($"#worker-table tr[data-worker='{amiraId}'] a").ClickAsync();
        await dana.WaitForURLAsync($"**/dashboard/worker-caseload?worker={amiraId}");
        await dana.WaitForInteractiveAsync();
        await Assertions.Expect(dana.Locator("#drill-down-count")).ToContainTextAsync(Records(amirasFamilies.Count));
        var chosen = amirasFamilies.Take(2).ToList();
        foreach (var (_, name) in chosen)
        {
            await dana.Locator("#drill-down-table tbody tr").Filter(new() { HasText = name }).Locator("input[type=checkbox]").CheckAsync();
        }

        await Assertions.Expect(dana.Locator("#reassign-chosen")).ToHaveTextAsync("2 rows chosen.");
        await dana.ChooseAsync("#reassign-worker", "Jordan Blackbird");
        await dana.FillAsync("#reassign-reason", "Amira is on leave for three weeks");
        await dana.AssertAccessibleAsync();
        await dana.ScreenshotForGuideAsync("dashboard-reassign");
        await dana.ClickAsync("#reassign-save");
        await Assertions.Expect(dana.Locator("#reassign-outcome")).ToHaveTextAsync("2 families are now with Jordan Blackbird.");
        await Assertions.Expect(dana.Locator("#drill-down-count")).ToContainTextAsync(Records(amirasFamilies.Count - 2));

        var download = await dana.RunAndWaitForDownloadAsync(() => dana.ClickAsync("#drill-down-export"));
        Assert.Matches(@"^dashboard-worker-caseload-toronto-east-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("File number,Family,Person,What,When,Waiting,Primary worker", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(chosen[0].Name, csv, StringComparison.Ordinal);

        await using var after = browser.App.CreateDb();
        foreach (var (id, _) in chosen)
        {
            Assert.Equal("Jordan Blackbird", await after.Assignments.Where(a => a.FamilyId == id && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary)
                .Select(a => a.StaffMember!.DisplayName).SingleAsync());
        }
    }

    private static string Records(int count) => count == 1 ? "1 record for" : $"{count} records for";
}
