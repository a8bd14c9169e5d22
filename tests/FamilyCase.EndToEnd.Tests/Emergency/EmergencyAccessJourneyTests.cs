using FamilyCase.Domain.Families;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Emergency;

[Collection(BrowserCollection.Name)]
public sealed class EmergencyAccessJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_caseworker_asks_for_another_teams_family_its_supervisor_grants_it_and_her_own_supervisor_acknowledges_it()
    {
        int familyId;
        await using (var db = browser.App.CreateDb())
        {
            var priya = await db.Staff.SingleAsync(s => s.Email.StartsWith("priya."));
            familyId = await db.Assignments.Where(a => a.StaffMemberId == priya.Id && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary && a.Family!.Status != FamilyStatus.Closed)
                .OrderByDescending(a => a.FamilyId).Select(a => a.FamilyId).FirstAsync();
        }

        var jordan = await browser.NewPageAsync();
        await jordan.SignInAsync("jordan");
        await jordan.GotoAsync($"/families/{familyId}");
        await jordan.WaitForInteractiveAsync();
        await Assertions.Expect(jordan.Locator("#emergency-access")).ToContainTextAsync("belongs to another team");
        await jordan.FillAsync("#emergency-reason", "Her mother called the after-hours line; the family's worker cannot be reached tonight.");
        await jordan.ClickAsync("#emergency-ask");
        await Assertions.Expect(jordan.Locator("#emergency-request-pending")).ToBeVisibleAsync();
        await jordan.AssertAccessibleAsync();
        await jordan.ScreenshotForGuideAsync("emergency-request");

        var marc = await browser.NewPageAsync();
        await marc.SignInAsync("marc");
        var request = marc.Locator("#emergency-requests li").Filter(new() { HasTextString = "Jordan Blackbird" });
        await Assertions.Expect(request).ToContainTextAsync("after-hours line");
        await marc.AssertAccessibleAsync();
        await marc.ScreenshotForGuideAsync("emergency-grant");
        await request.GetByRole(AriaRole.Button, new() { NameString = "Grant for 4 hours" }).ClickAsync();
        await Assertions.Expect(request).ToHaveCountAsync(0);

        await jordan.ReloadAsync();
        await Assertions.Expect(jordan.Locator("#emergency-access-banner")).ToBeVisibleAsync();

        var dana = await browser.NewPageAsync();
        await dana.SignInAsync(DemoPeople.Supervisor);
        var toAcknowledge = dana.Locator("#emergency-access-list li").Filter(new() { HasTextString = "Jordan Blackbird" });
        await Assertions.Expect(toAcknowledge).ToContainTextAsync("granted by Marc Ouellette");
        await Assertions.Expect(toAcknowledge).ToContainTextAsync("of the Peel and Halton team");
        await dana.AssertAccessibleAsync();
        await toAcknowledge.GetByRole(AriaRole.Button, new() { NameString = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(toAcknowledge).ToHaveCountAsync(0);
    }
}
