using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Families;
using FamilyCase.EndToEnd.Tests.Infrastructure;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Assessments;

[Collection(BrowserCollection.Name)]
public sealed class AssessmentFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_phq9_with_question_9_above_zero_stops_for_a_safety_check_that_must_be_recorded()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);
        var flow = new AssessmentFlow(page);
        var (memberUrl, familyId) = await ParentOfAmirasFamilyAsync(0);

        await flow.StartAsync(memberUrl, "Patient Health Questionnaire (PHQ-9)");
        await Assertions.Expect(page.Locator("#assessment-intro")).ToContainTextAsync("you can skip any question");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("assessment-intro");
        await page.ClickAsync("#assessment-begin");
        await Assertions.Expect(page.Locator("#assessment-progress")).ToContainTextAsync("Step 2 of 5");

        foreach (var n in new[] { 1, 2, 3, 4, 5 })
        {
            await flow.AnswerAsync($"phq9.{n}", n == 3 ? "Prefer not to say" : "Several days");
        }

        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("assessment-step");
        await flow.NextAsync("Step 3 of 5");
        await page.AssertAccessibleAsync();
        await flow.PassContentNoteAsync();
        foreach (var n in new[] { 6, 7, 8 })
        {
            await flow.AnswerAsync($"phq9.{n}", "Not at all");
        }

        await flow.AnswerAsync("phq9.9", "Several days");

        await Assertions.Expect(page.Locator("#safety-prompt")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#step-next")).ToBeDisabledAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("assessment-safety-prompt");
        await page.FillAsync("#safety-action", "short");
        await page.ClickAsync("#safety-save");
        await Assertions.Expect(page.Locator("#safety-problem")).ToContainTextAsync("Please write what you did");
        await page.FillAsync("#safety-action", "Talked it through together; no plan or intent. Made a safety plan and gave the crisis line number.");
        await page.ClickAsync("#safety-save");
        await Assertions.Expect(page.Locator("#safety-prompt")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#family-safety-alert")).ToHaveCountAsync(0);

        await flow.NextAsync("Step 4 of 5");
        await flow.AnswerAsync("phq9.difficulty", "Somewhat difficult");
        await page.AssertAccessibleAsync();
        await flow.NextAsync("Step 5 of 5");
        await Assertions.Expect(page.Locator("#finish-missing")).ToContainTextAsync("Question 3: preferred not to say");
        await page.AssertAccessibleAsync();
        await page.ClickAsync("#assessment-finish");

        await Assertions.Expect(page.Locator("#results-incomplete")).ToContainTextAsync("Incomplete: no total");
        await Assertions.Expect(page.Locator("#assessment-results")).ToContainTextAsync("Thoughts of death or self-harm were reported");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("assessment-results");

        // The family file shows the alert until a supervisor acknowledges it.
        await page.GotoAsync($"/families/{familyId}");
        await Assertions.Expect(page.Locator("#family-safety-alert")).ToBeVisibleAsync();

        await using var db = browser.App.CreateDb();
        var alert = await db.SafetyAlerts.Include(a => a.Assessment).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal("PHQ-9", alert.Assessment!.InstrumentCode);
        Assert.StartsWith("Talked it through together", alert.ActionTaken, StringComparison.Ordinal);
        Assert.Equal(AssessmentStatus.Completed, alert.Assessment.Status);
        Assert.Null(alert.Assessment.Total);

        var supervisor = await browser.NewPageAsync();
        await supervisor.SignInAsync(DemoPeople.Supervisor);
        await Assertions.Expect(supervisor.Locator("#open-alerts")).ToContainTextAsync("Thoughts of death or self-harm");
        await supervisor.AssertAccessibleAsync();
        await supervisor.Locator($"#open-alerts li[data-alert='{alert.Id}']").GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator($"#open-alerts li[data-alert='{alert.Id}']")).ToHaveCountAsync(0);
        await supervisor.Locator("a[data-count='awaiting-sign-off']").ClickAsync();
        await supervisor.WaitForInteractiveAsync();
        await supervisor.GetByRole(AriaRole.Link, new() { NameString = "PHQ-9 given by" }).First.ClickAsync();
        await supervisor.WaitForURLAsync("**/assessments/*");
        await supervisor.WaitForInteractiveAsync();
        await supervisor.FillAsync("#review-comment", "Thank you for acting on the safety question straight away.");
        await supervisor.ClickAsync("#review-sign-off");
        await Assertions.Expect(supervisor.Locator("#review-signed")).ToContainTextAsync("Signed off by Dana Whitfield");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotForGuideAsync("assessment-review");
    }

    [Fact]
    public async Task Reloading_halfway_through_a_check_in_resumes_at_the_same_step_with_every_answer_intact()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(DemoPeople.Caseworker);
        var flow = new AssessmentFlow(page);
        var (memberUrl, _) = await ParentOfAmirasFamilyAsync(1);

        await flow.StartAsync(memberUrl, "Family needs check-in");
        await page.ClickAsync("#assessment-begin");
        await flow.AnswerAsync("checkin.wellbeing", "Needs support");
        await page.FillAsync("#checkin-strengths", "Walks with her sister every morning");
        await page.PressAsync("#checkin-strengths", "Tab");
        await page.AssertAccessibleAsync();
        await page.ScreenshotForGuideAsync("check-in-step");
        await flow.NextAsync("Step 3 of 15");
        await page.AssertAccessibleAsync();
        await flow.PassContentNoteAsync();
        await flow.AnswerAsync("checkin.safety", "Keep an eye on it");
        await flow.NextAsync("Step 4 of 15");
        await flow.AnswerAsync("checkin.services", "Prefer not to say");
        await Assertions.Expect(page.Locator("#assessment-progress")).ToContainTextAsync("Access to services");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("#assessment-progress")).ToContainTextAsync("Step 4 of 15: Access to services");
        Assert.True(await flow.IsChosenAsync("checkin.services", "Prefer not to say"));
        await page.ClickAsync("#step-back");
        await flow.PassContentNoteAsync();
        Assert.True(await flow.IsChosenAsync("checkin.safety", "Keep an eye on it"));
        await page.ClickAsync("#step-back");
        Assert.True(await flow.IsChosenAsync("checkin.wellbeing", "Needs support"));
        await Assertions.Expect(page.Locator("#checkin-strengths")).ToHaveValueAsync("Walks with her sister every morning");
        await page.AssertAccessibleAsync();
    }

    private async Task<(string MemberUrl, int FamilyId)> ParentOfAmirasFamilyAsync(int which)
    {
        await using var db = browser.App.CreateDb();
        var amira = await db.Staff.SingleAsync(s => s.Email.StartsWith("amira."));
        var familyId = await db.Assignments.Where(a => a.StaffMemberId == amira.Id && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary)
            .OrderBy(a => a.FamilyId).Select(a => a.FamilyId).Skip(which).FirstAsync();
        var memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == MemberRole.Parent).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        return ($"/families/{familyId}/members/{memberId}", familyId);
    }
}
