using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Justice;

/// <summary>A family's first criminal proceeding, its trial date with a testimonial aid, and the court calendar, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JusticeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_caseworker_records_a_prosecution_and_a_trial_date_is_warned_about_the_support_person_and_the_calendar_marks_it_until_someone_goes()
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
        await page.OpenTabAsync("Justice");
        await Assertions.Expect(page.Locator("#justice-empty")).ToBeVisibleAsync();

        // The proceeding, with two charges as worded and a publication ban
        await page.ClickAsync("#add-proceeding");
        await page.FillAsync("#proceeding-court", "Ontario Court of Justice");
        await page.FillAsync("#proceeding-location", "Toronto East courthouse");
        await page.FillAsync("#proceeding-file-number", "4817-998-26-55501");
        await page.FillAsync("#proceeding-accused", "Accused 1");
        await page.ClickAsync("#add-charge");
        await page.FillAsync("#charge-section-1", "279.011 Trafficking of a person under 18");
        await page.Keyboard.PressAsync("Escape");
        await page.FillAsync("#charge-wording-1", "Did recruit and exercise control over a person under eighteen for the purpose of exploiting her");
        await page.ClickAsync("#add-charge");
        await page.FillAsync("#charge-section-2", "286.3 Procuring");
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#add-ban");
        await page.FillAsync("#ban-section-1", "Criminal Code s. 486.4 (identity of a complainant or witness)");
        await page.Keyboard.PressAsync("Escape");
        await page.FillAsync("#ban-protects-1", "Hodan and any witness under 18");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("proceeding-dialog");
        await page.ClickAsync("#proceeding-save");

        var proceeding = page.Locator("[data-proceeding-id]");
        await Assertions.Expect(proceeding).ToContainTextAsync("279.011 Trafficking of a person under 18");
        await Assertions.Expect(proceeding).ToContainTextAsync("286.3 Procuring");
        await Assertions.Expect(proceeding).ToContainTextAsync("protects Hodan and any witness under 18");
        await Assertions.Expect(page.Locator("#family-chips")).ToContainTextAsync("Publication ban");

        // The trial: Sagal testifies by CCTV and asks for her mother, who is a witness too
        var trialDay = AgencyDay.Today.AddDays(10);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a court date to the proceeding in Ontario Court of Justice" }).ClickAsync();
        await page.ChooseAsync("#court-event-kind", "Trial");
        await page.TypeDateAsync("#court-event-date", trialDay);
        await page.FillAsync("#court-event-courthouse", "Toronto East courthouse");
        await page.FillAsync("#court-event-room", "305");
        await page.ClickAsync("#add-attendee");
        await page.ChooseAsync("#attendee-member-1", "Sagal Warsame");
        await page.ClickAsync("#add-attendee");
        await page.ChooseAsync("#attendee-member-2", "Ubah Hassan");
        await page.ClickAsync("#add-aid");
        await page.ChooseAsync("#aid-member-1", "Sagal Warsame");
        await page.ClickAsync("#add-aid");
        await page.ChooseAsync("#aid-member-2", "Sagal Warsame");
        await page.ChooseAsync("#aid-kind-2", "Support person (s. 486.1)");
        await page.ChooseAsync("#aid-support-2", "Ubah Hassan");
        await Assertions.Expect(page.Locator("#support-person-warning")).ToContainTextAsync("Ubah Hassan is also a witness in this proceeding");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("court-date-dialog");
        await page.ClickAsync("#court-event-save");

        var trial = page.Locator("[data-court-event-id]").Filter(new() { HasTextString = "Trial" });
        await Assertions.Expect(trial).ToContainTextAsync("CCTV or screen (s. 486.2)");
        await Assertions.Expect(trial).ToContainTextAsync("Someone attends without the agency");
        await Assertions.Expect(trial).ToContainTextAsync("Ubah Hassan is also a witness");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("justice-tab");

        // The calendar marks the trial until someone from the agency goes with each of them
        await page.GotoAsync("/court-calendar");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#calendar-view-list");
        var onCalendar = page.Locator("li.fc-court").Filter(new() { HasTextString = "Warsame family" });
        await Assertions.Expect(onCalendar).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fc-court--unaccompanied"));
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("court-calendar");

        await page.GotoAsync($"/families/{familyId}");
        await page.WaitForInteractiveAsync();
        await page.OpenTabAsync("Justice");
        await page.Locator("[data-court-event-id]").Filter(new() { HasTextString = "Trial" }).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Open the trial") }).ClickAsync();
        await page.ChooseAsync("#attendee-staff-1", "Amira Haddad");
        await page.ChooseAsync("#attendee-staff-2", "Grace Mensah");
        await page.ClickAsync("#court-event-save");
        await Assertions.Expect(page.Locator("[data-court-event-id]").Filter(new() { HasTextString = "Trial" })).ToContainTextAsync("with Grace Mensah");

        await page.GotoAsync("/court-calendar");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#calendar-view-list");
        await Assertions.Expect(page.Locator("li.fc-court").Filter(new() { HasTextString = "Warsame family" })).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("fc-court--unaccompanied"));
    }
}
