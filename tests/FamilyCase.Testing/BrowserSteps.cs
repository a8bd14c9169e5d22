using Microsoft.Playwright;

namespace FamilyCase.Testing;

/// <summary>Signing in and waiting for the live page, written once for the browser tests and the server-weight measurement.</summary>
public static class BrowserSteps
{
    public static async Task SignInAsync(this IPage page, string userName, string password = DemoPeople.Password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#user-name", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in-button");
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the Blazor circuit is live; clicks on prerendered HTML before that are lost.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#render-state[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
