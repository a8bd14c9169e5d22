using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Connection;

/// <summary>A dropped connection never loses what a person typed: it is saved when the connection returns, and says so meanwhile.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConnectionDropTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Reconnecting = new() { Timeout = 60_000 };

    [Fact]
    public async Task Words_typed_in_a_check_in_while_the_connection_is_down_are_saved_when_it_returns_and_never_show_in_the_next_area()
    {
        var page = await browser.NewPageAsync();
        var drop = await ConnectionDrop.InstallAsync(page);
        await page.SignInAsync(DemoPeople.Caseworker);
        var flow = new AssessmentFlow(page);
        var (memberUrl, memberId) = await ParentOfAmirasFamilyAsync();
        await flow.StartAsync(memberUrl, "Family needs check-in");
        await page.ClickAsync("#assessment-begin");
        await flow.AnswerAsync("checkin.wellbeing", "Needs support");

        await drop.CutAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToContainTextAsync("saved as soon as the connection is back");
        const string Words = "She would like a parents' group close to home, in the evenings.";
        await page.FillAsync("#checkin-own-words", Words);
        await Assertions.Expect(page.Locator(".fc-unsaved-field")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("connection-lost");

        drop.Restore();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".fc-unsaved-field")).ToHaveCountAsync(0);
        await flow.NextAsync("Step 3 of 15");

        await using (var db = browser.App.CreateDb())
        {
            var saved = await db.AssessmentAnswers.Where(a => a.Assessment!.FamilyMemberId == memberId && a.ItemKey == FamilyNeedsCheckIn.OwnWordsKey("checkin.wellbeing"))
                .OrderByDescending(a => a.Id).Select(a => a.Text).FirstAsync();
            Assert.Equal(Words, saved);
        }

        await flow.PassContentNoteAsync();
        await Assertions.Expect(page.Locator("#checkin-own-words")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#checkin-strengths")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_note_typed_in_a_dialog_while_the_connection_is_down_is_saved_whole_once_it_returns()
    {
        var page = await browser.NewPageAsync();
        var drop = await ConnectionDrop.InstallAsync(page);
        await page.SignInAsync(DemoPeople.Caseworker);
        int familyId;
        await using (var db = browser.App.CreateDb())
        {
            var amira = await db.Staff.SingleAsync(s => s.Email.StartsWith("amira."));
            familyId = await db.Assignments.Where(a => a.StaffMemberId == amira.Id && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary)
                .OrderBy(a => a.FamilyId).Select(a => a.FamilyId).FirstAsync();
        }

        await page.GotoAsync($"/families/{familyId}");
        await page.WaitForInteractiveAsync();
        await page.OpenTabAsync("Notes");
        await page.ClickAsync("#add-note");
        await Assertions.Expect(page.Locator("#note-form")).ToBeVisibleAsync();

        await drop.CutAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        const string Note = "Phoned to confirm Thursday's meeting at the family centre; she will bring her sister.";
        await page.FillAsync("#note-text", Note);
        drop.Restore();
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await page.ClickAsync("#note-save");
        await Assertions.Expect(page.Locator("#note-form")).ToHaveCountAsync(0);

        await using var after = browser.App.CreateDb();
        Assert.True(await after.ContactNotes.AnyAsync(n => n.FamilyId == familyId && n.Text == Note));
    }

    private async Task<(string MemberUrl, int MemberId)> ParentOfAmirasFamilyAsync()
    {
        await using var db = browser.App.CreateDb();
        var amira = await db.Staff.SingleAsync(s => s.Email.StartsWith("amira."));
        var familyId = await db.Assignments.Where(a => a.StaffMemberId == amira.Id && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary)
            .OrderBy(a => a.FamilyId).Select(a => a.FamilyId).Skip(2).FirstAsync();
        var memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == MemberRole.Parent).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        return ($"/families/{familyId}/members/{memberId}", memberId);
    }
}
