using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndCaseloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_caseworker_signs_in_through_the_form_and_sees_their_caseload()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("sign-in");

        await page.SignInAsync(DemoPeople.Caseworker);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#signed-in-name")).ToHaveTextAsync("Amira Haddad");
        var rows = page.Locator("#caseload-grid tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("FC-");
        Assert.Equal(await AssignedFamilyCountAsync(DemoPeople.Caseworker), await rows.CountAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("my-work");
        await page.Locator("#caseload").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotForGuideAsync("caseload");

        var firstFamily = rows.First.Locator("a.fc-family-link");
        var familyName = (await firstFamily.InnerTextAsync()).Trim();
        await firstFamily.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = familyName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#family-tabs").GetByRole(AriaRole.Link, new() { Name = "Members" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#family-tabs").GetByRole(AriaRole.Link, new() { Name = "Audit" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    private async Task<int> AssignedFamilyCountAsync(string userName)
    {
        await using var db = browser.App.CreateDb();
        return await db.Assignments
            .Where(a => a.StaffMember!.Email.StartsWith(userName) && a.EndedAtUtc == null)
            .Select(a => a.FamilyId).Distinct().CountAsync();
    }

    [Fact]
    public async Task Searching_the_caseload_narrows_it_to_the_family_asked_for()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Supervisor);
        var rows = page.Locator("#caseload-grid tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("FC-");
        var fileNumber = (await rows.First.Locator("td").First.InnerTextAsync()).Trim();

        await page.FillAsync("#caseload-search", fileNumber);

        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(fileNumber);
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page_and_the_caseload_is_closed()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.CourtSupport);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My court days", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page.Locator("#user-name")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sees_the_staff_list_and_no_families()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Administrator);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Home", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Staff and roles", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff and roles", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Priya Raman", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Change Priya Raman" }).ClickAsync();
        await Assertions.Expect(page.Locator("#staff-dialog-title")).ToHaveTextAsync("Priya Raman");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Saving signs this person out everywhere");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("staff-change");
        await page.ClickAsync("#staff-cancel");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task On_a_narrow_screen_the_home_page_opens_its_menu_without_a_live_connection()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(600, 900);
        await page.SignInAsync(DemoPeople.Caseworker);
        var menu = page.Locator("#app-navigation-narrow");
        await Assertions.Expect(menu).ToBeHiddenAsync();

        await page.GetByText("Menu", new() { Exact = true }).ClickAsync();

        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Court calendar" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Court calendar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Court calendar", Level = 1 })).ToBeVisibleAsync();
    }
}
