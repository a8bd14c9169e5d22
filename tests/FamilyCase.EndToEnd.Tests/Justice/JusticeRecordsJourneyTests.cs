using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Justice;

/// <summary>A police contact, the tell-it-once ledger and a VQRP+ deadline on the Justice tab, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JusticeRecordsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_caseworker_logs_a_police_contact_is_shown_the_earlier_interview_before_arranging_another_and_sees_a_vqrp_deadline()
    {
        int familyId;
        await using (var db = browser.App.CreateDb())
        {
            familyId = await db.Families.Where(f => f.FileNumber == "FC-2026-00015").Select(f => f.Id).SingleAsync();
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);
        await page.GotoAsync($"/families/{familyId}");
        await page.WaitForInteractiveAsync();
        await page.OpenTabAsync("Justice");

        // A police contact the mother did not find supportive
        await page.ClickAsync("#add-police");
        await page.ChooseAsync("#police-member", "Vasanthi Nadarajah");
        await page.FillAsync("#police-service", "Lakeshore Regional Police, 14 Division");
        await page.FillAsync("#police-purpose", "Reported a breach of the no-contact order");
        await page.GetByLabel("Not supported").CheckAsync();
        await page.FillAsync("#police-words", "The officer said there was nothing they could do tonight.");
        await page.AssertAccessibleAsync();
        await page.ClickAsync("#police-save");
        await Assertions.Expect(page.Locator("#police-contacts")).ToContainTextAsync("Reported a breach of the no-contact order");

        // Tell it once: an interview given, then another one asked for
        await page.ClickAsync("#add-interview");
        await page.ChooseAsync("#interview-member", "Arun Nadarajah");
        await page.ChooseAsync("#interview-status", "Given");
        await page.TypeDateAsync("#interview-date", AgencyDay.Today.AddDays(-30));
        await page.FillAsync("#interview-by", "Lakeshore child advocacy centre");
        await page.Locator("#interview-recorded").CheckAsync();
        await page.FillAsync("#interview-held-by", "Lakeshore Regional Police");
        await page.ClickAsync("#interview-save");
        await Assertions.Expect(page.Locator("#interviews")).ToContainTextAsync("Lakeshore child advocacy centre");

        await page.ClickAsync("#add-interview");
        await page.ChooseAsync("#interview-member", "Arun Nadarajah");
        await page.FillAsync("#interview-by", "Crown attorney's office");
        await Assertions.Expect(page.Locator("#interview-tell-it-once")).ToContainTextAsync("This person has already told their story");
        await Assertions.Expect(page.Locator("#interview-tell-it-once")).ToContainTextAsync("held by Lakeshore Regional Police");
        await page.ClickAsync("#interview-save");
        await Assertions.Expect(page.Locator("#interview-problem")).ToContainTextAsync("say in a sentence why a new interview is needed");
        await page.FillAsync("#interview-why", "The Crown must ask about the second address, which the recording does not cover.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("tell-it-once");
        await page.ClickAsync("#interview-save");
        await Assertions.Expect(page.Locator("#interviews li")).ToHaveCountAsync(2);

        // A VQRP+ counselling application: the deadline is worked out and shown as near
        await page.ClickAsync("#add-application");
        await page.ChooseAsync("#application-member", "Vasanthi Nadarajah");
        await page.ChooseAsync("#application-kind", "VQRP+ immediate needs");
        await page.TypeDateAsync("#application-crime-date", AgencyDay.Today.AddDays(-40));
        await page.PressAsync("#application-crime-date", "Tab");
        await Assertions.Expect(page.Locator("#application-due")).ToContainTextAsync($"Due on {Domain.Time.AgencyTime.FormatDate(AgencyDay.Today.AddDays(5))}");
        await page.ClickAsync("#application-save");
        await Assertions.Expect(page.Locator("#applications")).ToContainTextAsync("Due soon");
        await Assertions.Expect(page.Locator("#family-deadlines-due")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#police-contacts").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotForGuideAsync("justice-records");
    }
}
