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
    /// <summary>
    /// Waits until the page can be used: an interactive page has its connection; a page rendered without one ("static") has each
    /// of its interactive parts (marked fc-island, such as the family file) connected.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForFunctionAsync("""
            () => {
              const state = document.getElementById("render-state");
              return state !== null && state.dataset.interactive !== "false"
                && document.querySelector(".fc-island[data-interactive='false']") === null;
            }
            """);
}
