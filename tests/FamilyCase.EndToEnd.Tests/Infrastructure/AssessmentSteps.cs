using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Infrastructure;

/// <summary>A page object for the assessment flow: the steps a worker takes with a family member.</summary>
public sealed class AssessmentFlow(IPage page)
{
    public ILocator Question(string itemKey) => page.Locator($"fieldset[data-item='{itemKey}']");

    public async Task AnswerAsync(string itemKey, string choice)
    {
        var question = Question(itemKey);
        await question.GetByText(choice, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(question.Locator(".fc-saved")).ToBeVisibleAsync();
    }

    public Task<bool> IsChosenAsync(string itemKey, string choice) =>
        Question(itemKey).GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true }).IsCheckedAsync();

    public async Task NextAsync(string expectedStep)
    {
        await page.ClickAsync("#step-next");
        await Assertions.Expect(page.Locator("#assessment-progress")).ToContainTextAsync(expectedStep);
    }

    public async Task PassContentNoteAsync()
    {
        await Assertions.Expect(page.Locator("#content-note")).ToBeVisibleAsync();
        await page.ClickAsync("#content-note-continue");
    }

    public async Task StartAsync(string memberUrl, string instrumentTitle)
    {
        await page.GotoAsync(memberUrl);
        await page.WaitForInteractiveAsync();
        await page.ChooseAsync("#start-instrument", instrumentTitle);
        await page.ClickAsync("#start-assessment");
        await Assertions.Expect(page.Locator("#assessment-intro")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
    }
}
