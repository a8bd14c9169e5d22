using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Shell;

public sealed class IdleSessionTests(IdleSessionTests.ShortIdleTime browser) : IClassFixture<IdleSessionTests.ShortIdleTime>
{
    /// <summary>An app with a short idle time so the whole warning-then-sign-out sequence takes seconds.</summary>
    public sealed class ShortIdleTime() : BrowserFixture(new Dictionary<string, string?>
    {
        ["Authentication:IdleTimeout"] = "00:00:12",
        ["Authentication:IdleWarning"] = "00:00:06",
    });

    [Fact]
    public async Task An_idle_session_warns_first_then_signs_out_and_says_why()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);

        await Assertions.Expect(page.Locator("#idle-warning")).ToBeVisibleAsync(new() { Timeout = 12_000 });
        await page.ScreenshotForGuideAsync("idle-warning");
        await page.AssertAccessibleAsync();

        await Assertions.Expect(page.Locator("#sign-in-notice")).ToContainTextAsync("signed out because nothing happened for 12 seconds", new() { Timeout = 15_000 });
        await page.GotoAsync("/");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await using var db = browser.App.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.SignOut && e.Detail == "Signed out after inactivity"));
    }

    [Fact]
    public async Task Choosing_to_stay_signed_in_keeps_the_session()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);
        await Assertions.Expect(page.Locator("#idle-warning")).ToBeVisibleAsync(new() { Timeout = 12_000 });

        await page.ClickAsync("#stay-signed-in");

        await Assertions.Expect(page.Locator("#idle-warning")).ToBeHiddenAsync();
        // Past the moment the session would have ended without the click.
        await page.WaitForTimeoutAsync(8_000);
        Assert.DoesNotContain("/account/login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();
    }
}
