using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class SessionEndTests(BrowserFixture browser)
{
    [Fact]
    public async Task Signing_out_in_one_tab_takes_every_other_open_tab_to_the_sign_in_page()
    {
        var first = await browser.NewPageAsync();
        await first.SignInAsync("luc");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync("/");
        await second.WaitForInteractiveAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();

        await first.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(first.Locator("#sign-in-notice")).ToContainTextAsync("You have signed out everywhere");

        // The other tab shares this browser's session: it too is taken to the sign-in page rather than left showing a family.
        await Assertions.Expect(second.Locator("#sign-in-notice")).ToContainTextAsync("You have signed out everywhere", new() { Timeout = 20_000 });
        await second.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_person_changes_their_own_password_on_an_accessible_page()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.CourtSupport);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change my password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change my password", Level = 1 })).ToBeVisibleAsync();
        await page.FillAsync("#current-password", "not the password");
        await page.FillAsync("#new-password", "Another-Password-2026!");
        await page.FillAsync("#confirm-password", "Another-Password-2026!");
        await page.ClickAsync("#change-password-button");

        await Assertions.Expect(page.Locator("#password-error")).ToContainTextAsync("The current password is not right.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("change-password");
    }
}
