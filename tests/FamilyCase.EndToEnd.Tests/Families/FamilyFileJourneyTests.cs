using FamilyCase.Domain.Auditing;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Families;

/// <summary>One family's first days in FamilyCase, from intake to a supervisor's reassignment, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyFileJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_caseworker_opens_a_family_adds_a_parent_and_a_sibling_writes_a_note_records_consent_and_a_supervisor_reassigns()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);

        // Intake
        await page.ClickAsync("#new-family");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a family file", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.FillAsync("#family-name", "Okafor-Lindqvist family");
        await page.FillAsync("#family-language", "English");
        await page.Locator("#family-flag-ban").CheckAsync();
        await page.FillAsync("#intake-child-first", "Zara");
        await page.FillAsync("#intake-child-last", "Okafor-Lindqvist");
        await page.TypeDateAsync("#intake-child-dob", new DateOnly(2011, 4, 2));
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("intake");
        await page.ClickAsync("#intake-save");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Okafor-Lindqvist family", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#family-chips")).ToContainTextAsync("Publication ban");
        await Assertions.Expect(page.Locator("#family-file-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^FC-\d{4}-\d{5}$"));
        var familyUrl = page.Url;
        await page.AssertAccessibleAsync();

        // Members
        await page.OpenTabAsync("Members");
        await page.ClickAsync("#add-member");
        await page.ChooseAsync("#member-role", "Parent");
        await page.FillAsync("#member-relationship", "Mother");
        await page.FillAsync("#member-first-name", "Adaeze");
        await page.FillAsync("#member-last-name", "Okafor");
        await page.FillAsync("#member-phone", "not a phone");
        await page.ClickAsync("#member-save");
        await Assertions.Expect(page.GetByText("Please enter a phone number with 10 or 11 digits")).ToBeVisibleAsync();
        await page.FillAsync("#member-phone", "416-555-0199");
        await page.PressAsync("#member-phone", "Tab");
        await Assertions.Expect(page.GetByText("Please enter a phone number with 10 or 11 digits")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("member-dialog");
        await page.ClickAsync("#member-save");
        await Assertions.Expect(page.Locator("#members-table")).ToContainTextAsync("Adaeze Okafor");

        await page.ClickAsync("#add-member");
        await page.ChooseAsync("#member-role", "Sibling");
        await page.FillAsync("#member-relationship", "Younger brother");
        await page.FillAsync("#member-first-name", "Emil");
        await page.FillAsync("#member-last-name", "Okafor-Lindqvist");
        await page.TypeDateAsync("#member-date-of-birth", new DateOnly(2015, 9, 12));
        await page.ClickAsync("#member-save");
        await Assertions.Expect(page.Locator("#members-table tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#members-table")).ToContainTextAsync("(minor)");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("members");

        // Notes
        await page.OpenTabAsync("Notes");
        await page.ClickAsync("#add-note");
        await page.ChooseAsync("#note-kind", "In person");
        await page.ChooseManyAsync("#note-members", "Adaeze Okafor");
        await Assertions.Expect(page.Locator("#note-members")).ToHaveValueAsync("Adaeze Okafor");
        const string noteText = "Met Adaeze at the office. Talked through what happens next and left the parent peer-support list.";
        await page.FillAsync("#note-text", noteText);
        // The counter is drawn by the server, so it shows once the app has the text.
        await Assertions.Expect(page.Locator("#note-form")).ToContainTextAsync($"{noteText.Length} / 8000");
        await page.AssertAccessibleAsync();
        await page.ClickAsync("#note-save");
        await Assertions.Expect(page.Locator("#notes-timeline")).ToContainTextAsync("parent peer-support list");
        await Assertions.Expect(page.Locator("#notes-timeline")).ToContainTextAsync("With Adaeze Okafor");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("notes");

        // Consent
        await page.OpenTabAsync("Consent");
        await page.ClickAsync("#record-consent");
        await page.ChooseAsync("#consent-member", "Adaeze Okafor");
        await page.ChooseAsync("#consent-scope", "Include in the court-support summary");
        await page.FillAsync("#consent-note", "Explained in person; Adaeze chose to agree.");
        await page.ClickAsync("#consent-save");
        var adaezeRow = page.Locator("#consent-summary tbody tr").Filter(new() { HasTextString = "Adaeze Okafor" });
        await Assertions.Expect(adaezeRow).ToContainTextAsync("Given");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("consent");

        await page.OpenTabAsync("Overview");
        await Assertions.Expect(page.Locator("#ecomap-ties")).ToContainTextAsync("The family works with Amira Haddad");
        await page.ScreenshotForGuideAsync("family-overview");

        // The supervisor reassigns
        var supervisor = await browser.NewPageAsync();
        await supervisor.SignInAsync(DemoPeople.Supervisor);
        await supervisor.GotoAsync(familyUrl);
        await supervisor.WaitForInteractiveAsync();
        await Assertions.Expect(supervisor.Locator("#current-workers")).ToContainTextAsync("Amira Haddad");
        Assert.Equal(1, await ViewsAsync("Dana Whitfield"));
        await supervisor.ClickAsync("#reassign");
        await supervisor.ChooseAsync("#reassign-staff", "Jordan Blackbird");
        await supervisor.FillAsync("#reassign-reason", "Amira is going on leave; Jordan knows the family's school.");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ClickAsync("#reassign-save");
        await Assertions.Expect(supervisor.Locator("#current-workers")).ToContainTextAsync("Jordan Blackbird");
        await Assertions.Expect(supervisor.Locator("#worker-history")).ToContainTextAsync("Amira Haddad");
        await supervisor.ScreenshotForGuideAsync("reassign");

        await supervisor.OpenTabAsync("Audit");
        await Assertions.Expect(supervisor.Locator("#audit-table")).ToContainTextAsync("Amira Haddad");
        await Assertions.Expect(supervisor.Locator("#audit-table")).ToContainTextAsync("Opened");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotForGuideAsync("audit");

        // Amira is no longer assigned: the file is refused, plainly.
        await page.GotoAsync(familyUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this family file", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await using var db = browser.App.CreateDb();
        var family = await db.Families.SingleAsync(f => f.DisplayName == "Okafor-Lindqvist family");
        Assert.Equal(1, await ViewsAsync("Dana Whitfield"));
        var actions = await db.AuditEvents.Where(e => e.FamilyId == family.Id).Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditAction.Create, actions);
        Assert.Contains(AuditAction.View, actions);
        // Amira's refusal is recorded, but never in the family's own trail.
        Assert.DoesNotContain(AuditAction.AccessRefused, actions);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AccessRefused && e.RecordId == family.Id.ToString() && e.ActorName == "Amira Haddad"));

        async Task<int> ViewsAsync(string who)
        {
            await using var audit = browser.App.CreateDb();
            var id = await audit.Families.Where(f => f.DisplayName == "Okafor-Lindqvist family").Select(f => f.Id).SingleAsync();
            // Openings of the file itself; reading a tab or the audit trail is recorded with what was read.
            return await audit.AuditEvents.CountAsync(e => e.FamilyId == id && e.Action == AuditAction.View && e.RecordType == "Family" && e.Detail == null && e.ActorName == who);
        }
    }
}
