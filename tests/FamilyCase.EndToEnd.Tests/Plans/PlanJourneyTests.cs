using System.Globalization;
using FamilyCase.Domain.Plans;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Plans;

/// <summary>From a check-in's need to a goal, a referral with its barrier, the first service, and the wait on the supervisor's report.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanJourneyTests(BrowserFixture browser)
{
    private const string Program = "Parents Together peer support circle";

    [Fact]
    public async Task A_mother_s_need_becomes_her_goal_and_a_referral_whose_wait_shows_on_the_report()
    {
        int familyId;
        await using (var db = browser.App.CreateDb())
        {
            familyId = await db.Families.Where(f => f.FileNumber == "FC-2026-00057").Select(f => f.Id).SingleAsync();
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);
        await page.GotoAsync($"/families/{familyId}");
        await page.WaitForInteractiveAsync();
        await page.OpenTabAsync("Plan & referrals");

        // Her check-in rated access to services 2: she accepts the suggested goal as it is worded
        var ubah = page.Locator("[data-plan-member]").Filter(new() { HasTextString = "Ubah Hassan" });
        await Assertions.Expect(ubah.Locator("[data-suggestion='checkin.services']")).ToContainTextAsync("Access to services");
        await page.AssertAccessibleAsync();
        await ubah.GetByRole(AriaRole.Button, new() { Name = "Accept the suggested goal for Access to services" }).ClickAsync();
        await Assertions.Expect(ubah.Locator("[data-goal-id]")).ToContainTextAsync("Get past the barriers to services");
        await Assertions.Expect(ubah.Locator("[data-suggestion]")).ToHaveCountAsync(0);

        // She is referred to a parent peer-support circle three weeks ago; it has a waitlist
        await ubah.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Refer for the goal Get past the barriers") }).ClickAsync();
        await page.PickFromAutocompleteAsync("#referral-program", "Parents Together", Program);
        await Assertions.Expect(page.Locator("#referral-consent")).ToContainTextAsync("No consent from Ubah to share information with Harbourlight Family Support Network");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("referral-dialog");
        await page.GetByLabel("The agency sends their information with the referral").UncheckAsync();
        await Assertions.Expect(page.Locator("#referral-consent")).ToContainTextAsync("no consent is needed");
        await page.TypeDateAsync("#referral-date", AgencyDay.Today.AddDays(-21));
        await page.ChooseAsync("#referral-status", "On a waitlist");
        await page.GetByLabel("Waitlist", new() { Exact = true }).CheckAsync();
        await page.ClickAsync("#referral-save");
        var referral = ubah.Locator("[data-referral-id]").Filter(new() { HasTextString = Program });
        await Assertions.Expect(referral).ToContainTextAsync("On a waitlist");
        await Assertions.Expect(referral).ToContainTextAsync("Barriers: Waitlist");

        // Later: a place opens and she goes to her first circle
        await ubah.GetByRole(AriaRole.Button, new() { Name = $"Update the referral to {Program}" }).ClickAsync();
        await page.ChooseAsync("#referral-status", "Receiving the service");
        await page.ClickAsync("#referral-save");
        await Assertions.Expect(referral).ToContainTextAsync("Receiving the service");
        await Assertions.Expect(referral).ToContainTextAsync("first service after 21 days");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("plan-tab");

        // Her supervisor sees the wait on the team's referral report
        var expected = await ExpectedWaitsAsync(familyId);
        var supervisor = await browser.NewPageAsync();
        await supervisor.SignInAsync(DemoPeople.Supervisor);
        await supervisor.GotoAsync("/referral-report");
        await supervisor.WaitForInteractiveAsync();
        var row = supervisor.Locator("#report-program-waits-table tbody tr").Filter(new() { HasTextString = Program });
        await Assertions.Expect(row).ToContainTextAsync(expected.Referrals.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(row).ToContainTextAsync(expected.Median.ToString("0.#", CultureInfo.CurrentCulture));
        await Assertions.Expect(supervisor.Locator("#report-barriers-table")).ToContainTextAsync("Waitlist");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotForGuideAsync("referral-report");

        var download = await supervisor.RunAndWaitForDownloadAsync(() => supervisor.ClickAsync("#report-program-waits-csv"));
        Assert.Matches(@"^referrals-program-waits-toronto-east-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(Program, csv, StringComparison.Ordinal);

        // The directory, searched by kind of service
        await supervisor.GotoAsync("/directory");
        await supervisor.WaitForInteractiveAsync();
        var all = await supervisor.Locator("[data-program-id]").CountAsync();
        await supervisor.ChooseAsync("#directory-kind", "Sibling support");
        await Assertions.Expect(supervisor.Locator("[data-program-id]")).Not.ToHaveCountAsync(all);
        await Assertions.Expect(supervisor.Locator("[data-program-id]").First).ToContainTextAsync("Sibling support");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotForGuideAsync("service-directory");
    }

    private async Task<WaitFigures> ExpectedWaitsAsync(int familyId)
    {
        await using var db = browser.App.CreateDb();
        var team = await db.Families.Where(f => f.Id == familyId).Select(f => f.TeamId).SingleAsync();
        var waits = await db.Families.Where(f => f.TeamId == team).SelectMany(f => f.Referrals)
            .Where(r => r.Program!.Name == Program && r.WaitDays != null)
            .GroupBy(r => r.WaitDays!.Value).Select(g => new { Wait = g.Key, Count = g.Count() }).ToListAsync();
        Assert.Contains(waits, w => w.Wait == 21);
        return WaitStatistics.Of(waits.Select(w => (w.Wait, w.Count)))!;
    }
}
