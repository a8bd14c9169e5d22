using System.IO.Compression;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Justice;

/// <summary>A court-support summary and a family court-day sheet made from a court date, made again from the Documents tab, and a whole court day printed from the calendar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CourtDocumentsJourneyTests(BrowserFixture browser)
{
    private const string Campbell = "FC-2025-00091";

    [Fact]
    public async Task A_summary_made_from_a_court_date_downloads_redacted_and_is_made_again_byte_for_byte()
    {
        int familyId;
        await using (var db = browser.App.CreateDb())
        {
            familyId = await db.Families.Where(f => f.FileNumber == Campbell).Select(f => f.Id).SingleAsync();
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Supervisor);
        await page.GotoAsync($"/families/{familyId}");
        await page.WaitForInteractiveAsync();
        await page.OpenTabAsync("Justice");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Court documents for the preliminary inquiry") }).ClickAsync();
        await page.WaitForURLAsync("**/court-documents/*");
        await page.WaitForInteractiveAsync();

        // The builder shows each section, and why the grandmother's needs are left out
        var bev = page.Locator("#builder-sections tbody tr").Filter(new() { HasTextString = "Bev Campbell" }).Filter(new() { HasTextString = "What helps" });
        await Assertions.Expect(bev).ToContainTextAsync("Left out: no consent to share with the court is recorded");
        await Assertions.Expect(page.Locator("#builder-preview")).ToContainTextAsync("Protects: J.C. and any witness under 18");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("packet-builder");

        var summary = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#builder-generate"));
        Assert.Matches(@"^FC-2025-00091-court-support-summary-\d{4}-\d{2}-\d{2}\.pdf$", summary.SuggestedFilename);
        var summaryBytes = await File.ReadAllBytesAsync((await summary.PathAsync())!);
        var text = PdfText.Read(summaryBytes);
        Assert.Contains("Court file 4817-998-26-11402", text.Pages[0], StringComparison.Ordinal);
        Assert.All(text.Pages, p => Assert.Contains("A publication ban is in force", p, StringComparison.Ordinal));
        Assert.DoesNotContain("Jada", text.All, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#builder-generated")).ToContainTextAsync("Generated FC-2025-00091-court-support-summary");
        await PageSteps.RenderPdfForGuideAsync(summaryBytes, "court-summary-page-1");

        // The same hearing, for the family: their own court-day sheet
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex("^The family") }).CheckAsync();
        await Assertions.Expect(page.Locator("#builder-sections")).ToContainTextAsync("Who will meet you");
        var sheet = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#builder-generate"));
        var sheetBytes = await File.ReadAllBytesAsync((await sheet.PathAsync())!);
        Assert.Contains("Your court day", PdfText.Read(sheetBytes).Flat, StringComparison.Ordinal);
        await PageSteps.RenderPdfForGuideAsync(sheetBytes, "court-day-sheet-page-1");

        // The Documents tab lists both; the summary made again is the same file
        await page.GotoAsync($"/families/{familyId}?tab=documents");
        await page.WaitForInteractiveAsync();
        var mine = page.Locator("#documents-list tbody tr").Filter(new() { HasTextString = "Dana Whitfield" });
        var row = mine.Filter(new() { HasTextString = "Court-support summary" });
        await Assertions.Expect(row).ToContainTextAsync("Simone Campbell");
        await Assertions.Expect(mine.Filter(new() { HasTextString = "Your court day" })).ToContainTextAsync("The family");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("documents-tab");
        var again = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Generate again") }).ClickAsync());
        Assert.Equal(summaryBytes, await File.ReadAllBytesAsync((await again.PathAsync())!));
        await Assertions.Expect(page.Locator("#documents-again")).ToContainTextAsync("the same bytes as the original");
    }

    [Fact]
    public async Task A_court_day_is_printed_from_the_calendar_with_its_progress_and_what_was_left_out()
    {
        DateOnly day;
        await using (var db = browser.App.CreateDb())
        {
            var startsAt = await db.CourtEvents.Where(e => e.Family!.FileNumber == Campbell && e.Kind == CourtEventKind.PreliminaryInquiry).Select(e => e.StartsAtUtc).SingleAsync();
            day = browser.App.Services.GetRequiredService<AgencyTime>().LocalDate(startsAt);
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.CourtSupport);
        await page.GotoAsync("/court-calendar");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#calendar-view-list");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^Print the day, {day.ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-CA"))}$") }).ClickAsync();
        await page.WaitForURLAsync("**/court-day/*");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#court-day-entries")).ToContainTextAsync(Campbell);
        await page.GetByRole(AriaRole.Radio, new() { Name = "A ZIP file with one PDF for each court date" }).CheckAsync();

        var zip = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#court-day-print"));

        Assert.Equal($"court-day-{day:yyyy-MM-dd}.zip", zip.SuggestedFilename);
        await Assertions.Expect(page.Locator("#court-day-progress")).ToContainTextAsync("Putting the file together");
        await Assertions.Expect(page.Locator("#court-day-progress [role=progressbar]")).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(page.Locator("#court-day-done")).ToContainTextAsync("printed in court-day-");
        await Assertions.Expect(page.Locator("#court-day-left-out")).ToContainTextAsync("no consent to share with the court is recorded");
        using (var archive = ZipFile.OpenRead((await zip.PathAsync())!))
        {
            Assert.Contains(archive.Entries, e => e.Name.StartsWith("FC-2025-00091-court-support-summary-", StringComparison.Ordinal));
        }

        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("court-day");
    }
}
