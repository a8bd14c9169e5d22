using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FamilyCase.Testing;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Infrastructure;

/// <summary>What a person does in the browser, written once for every browser test.</summary>
public static class PageSteps
{
    /// <summary>Fails with the rule ids and the elements when axe finds a serious or critical WCAG problem.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // A page still taking over from its server-rendered copy swaps its head for a moment (the title goes and comes back),
        // and axe would judge that instant rather than the page a person reads.
        await page.WaitForFunctionAsync("() => document.querySelector(\"#render-state[data-interactive='false'], .fc-island[data-interactive='false']\") === null");
        // A list that is fading in or out is half transparent, and axe would judge its contrast mid-fade.
        await page.WaitForListsToSettleAsync();
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{page.Url}: " + string.Join("; ", blocking.Select(Describe)));
    }

    /// <summary>Waits until every drop-down list is fully shown or fully gone, not fading in or out.</summary>
    public static Task WaitForListsToSettleAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => [...document.querySelectorAll('.mud-popover')].every(p => { const s = getComputedStyle(p); return s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0' || s.opacity === '1'; })");

    /// <summary>Saves a screenshot into docs/images for the user guide.</summary>
    public static async Task ScreenshotForGuideAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(GuideImages);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(GuideImages, name + ".png"), FullPage = false });
    }

    /// <summary>
    /// Renders the first page of a generated PDF into docs/images for the user guide, with poppler's pdftoppm when it is installed
    /// (test.sh does not need it; the images are refreshed wherever it is present).
    /// </summary>
    public static async Task RenderPdfForGuideAsync(byte[] pdf, string name)
    {
        var pdftoppm = new[] { "/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm" }.FirstOrDefault(File.Exists);
        if (pdftoppm is null)
        {
            return;
        }

        Directory.CreateDirectory(GuideImages);
        var input = Path.Combine(Path.GetTempPath(), $"familycase-guide-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(input, pdf);
        try
        {
            using var process = System.Diagnostics.Process.Start(pdftoppm, ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(GuideImages, name)]);
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string GuideImages { get; } = Path.Combine(RepositoryRoot(), "docs", "images");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FamilyCase.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("FamilyCase.sln was not found above the test folder.");
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
