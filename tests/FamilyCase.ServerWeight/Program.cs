using System.Diagnostics;
using System.Globalization;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

// How heavy each signed-in browser tab is for the server, and how fast a click updates the page while the others stay open.
//   dotnet run -c Release --project tests/FamilyCase.ServerWeight -- --page caseload --sessions 30 --clicks 40
//   --page caseload | family | calendar
// The app runs in this process on loopback, so "server heap" is this process's managed heap after a full collection; the
// Playwright client objects of the open pages are in it too (a few kilobytes each), so the figure is a little high, never low.
var options = Options.From(args);

// The app factory finds the web project from the folder it runs in, as it does for the browser tests.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
await using var app = new BrowserApp();
var (playwright, browser) = await Chromium.LaunchAsync();
try
{
    var first = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
    var signIn = await first.NewPageAsync();
    await signIn.SignInAsync(DemoPeople.Supervisor);
    var state = await first.StorageStateAsync();
    var url = await UrlAsync(app, options.Page);

    async Task<IPage> OpenAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), StorageState = state });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        return page;
    }

    // A few sessions first, so what is measured is the cost of one more tab, not the app's first use.
    var active = await OpenAsync();
    for (var i = 0; i < 3; i++)
    {
        await OpenAsync();
    }

    var before = FullHeap();
    for (var i = 0; i < options.Sessions; i++)
    {
        await OpenAsync();
    }

    var after = FullHeap();
    var clicks = await ClickTimesAsync(active, options);
    clicks.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Page {options.Page} ({url}), {options.Sessions} sessions opened after 4 warm ones"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  server heap per session: {(after - before) / 1024.0 / options.Sessions:0} KB (heap {before / 1048576.0:0.0} MB before, {after / 1048576.0:0.0} MB after)"));
    if (clicks.Count > 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  click to updated panel ({clicks.Count} clicks, {options.Sessions + 4} tabs open): median {Percentile(clicks, 0.5):0.0} ms, p95 {Percentile(clicks, 0.95):0.0} ms"));
    }
}
finally
{
    await browser.CloseAsync();
    playwright.Dispose();
}

static long FullHeap()
{
    for (var i = 0; i < 3; i++)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    return GC.GetTotalMemory(forceFullCollection: true);
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static async Task<string> UrlAsync(BrowserApp app, string page)
{
    if (page != "family")
    {
        return page == "calendar" ? "/court-calendar" : "/";
    }

    await using var db = app.CreateDb();
    var id = await db.Families.Where(f => f.FileNumber == "FC-2025-00091").Select(f => f.Id).SingleAsync();
    return $"/families/{id}";
}

// The caseload's "Safety concern" filter, turned on and off: each click is timed in the page itself, from the click event to
// the moment the list shows the other number of rows (a MutationObserver), so Playwright's own steps are not counted.
static async Task<List<double>> ClickTimesAsync(IPage page, Options options)
{
    if (options.Page != "caseload")
    {
        return [];
    }

    var rows = page.Locator("#caseload-grid tbody tr");
    var filter = page.Locator("#caseload-filter-safety");
    var counts = new int[2];
    counts[0] = await rows.CountAsync();
    await filter.ClickAsync();
    await Assertions.Expect(rows).Not.ToHaveCountAsync(counts[0]);
    counts[1] = await rows.CountAsync();
    await filter.ClickAsync();
    await Assertions.Expect(rows).ToHaveCountAsync(counts[0]);
    await page.EvaluateAsync("""
        () => {
          window.fcClickTimes = [];
          const rows = () => document.querySelectorAll('#caseload-grid tbody tr').length;
          let pending = null;
          document.addEventListener('click', event => {
            if (event.target instanceof Element && event.target.closest('#caseload-filter-safety')) pending = { at: performance.now(), rows: rows() };
          }, true);
          new MutationObserver(() => {
            if (pending && rows() !== pending.rows) { window.fcClickTimes.push(performance.now() - pending.at); pending = null; }
          }).observe(document.body, { childList: true, subtree: true });
        }
        """);
    for (var i = 0; i < options.Clicks; i++)
    {
        await filter.ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(counts[(i + 1) % 2]);
    }

    return [.. await page.EvaluateAsync<double[]>("() => window.fcClickTimes")];
}

internal sealed record Options(string Page, int Sessions, int Clicks)
{
    public static Options From(string[] args)
    {
        string Value(string name, string fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        return new Options(Value("--page", "caseload"), int.Parse(Value("--sessions", "30"), CultureInfo.InvariantCulture), int.Parse(Value("--clicks", "40"), CultureInfo.InvariantCulture));
    }
}
