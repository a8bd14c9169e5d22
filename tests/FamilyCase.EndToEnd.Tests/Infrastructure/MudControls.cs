using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Infrastructure;

/// <summary>How a person operates MudBlazor's controls: open the list, pick the option they can read.</summary>
public static class MudControls
{
    public static async Task ChooseAsync(this IPage page, string selectInputSelector, string optionText)
    {
        await page.Locator(selectInputSelector).Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        var openList = page.Locator(".mud-popover-open .mud-list-item");
        // The exact option when there is one, so "Trial" never picks "Pre-trial".
        await Assertions.Expect(openList.First).ToBeVisibleAsync();
        var exact = openList.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($@"^\s*{System.Text.RegularExpressions.Regex.Escape(optionText)}\s*$") });
        var option = await exact.CountAsync() > 0 ? exact.First : openList.Filter(new() { HasTextString = optionText }).First;
        await option.ClickAsync();
        try
        {
            await Assertions.Expect(openList).ToHaveCountAsync(0, new() { Timeout = 2_000 });
        }
        catch (PlaywrightException)
        {
            // The list normally closes on its own; a click that lands mid-animation can leave it open with the choice made,
            // so close it as a person would.
            await page.CloseOpenListAsync(selectInputSelector);
        }
    }

    public static async Task ChooseManyAsync(this IPage page, string selectInputSelector, params string[] optionTexts)
    {
        await page.Locator(selectInputSelector).Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        foreach (var text in optionTexts)
        {
            await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = text }).First.ClickAsync();
        }

        // The list must be gone before the next field is typed into, or the closing list's render can take the typing with it.
        await page.CloseOpenListAsync(selectInputSelector);
        await page.WaitForListsToSettleAsync();
    }

    /// <summary>Closes an open list with Escape, as a keyboard user would, and waits until it is gone.</summary>
    private static async Task CloseOpenListAsync(this IPage page, string selectInputSelector)
    {
        var openList = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 0; ; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            try
            {
                await Assertions.Expect(openList).ToHaveCountAsync(0, new() { Timeout = 2_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
                // The select hears Escape only while its field has the focus; a press made while the field is taking the focus
                // back from the clicked option is lost, so give the field the focus and press again.
                await page.Locator(selectInputSelector).FocusAsync();
            }
        }
    }

    /// <summary>Types into an autocomplete, waits for the search to settle, and picks the option whose text holds <paramref name="optionText"/>.</summary>
    public static async Task PickFromAutocompleteAsync(this IPage page, string inputSelector, string typed, string optionText)
    {
        var input = page.Locator(inputSelector);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await input.FillAsync(typed);
            var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = optionText }).First;
            // The list is drawn again when the search answers, which can swallow a click; the choice is checked below and retried.
            await Assertions.Expect(option).ToBeVisibleAsync();
            await option.ClickAsync();
            try
            {
                await Assertions.Expect(input).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(optionText)), new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    public static async Task TypeDateAsync(this IPage page, string inputSelector, DateOnly date)
    {
        var input = page.Locator(inputSelector);
        await input.FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await input.PressAsync("Tab");
    }

    /// <summary>Opens a section of the family file (a link of its section bar) and waits until it is shown and live.</summary>
    public static async Task OpenTabAsync(this IPage page, string name)
    {
        var link = page.Locator("#family-tabs").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await link.ClickAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-current", "page");
        await page.WaitForInteractiveAsync();
    }
}
