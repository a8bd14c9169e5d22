using System.Security.Claims;
using Bunit;
using AngleSharp.Dom;
using Bunit.TestDoubles;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Assessments;

/// <summary>The assessment page rendered with bUnit over the real services and a real SQLite file.</summary>
public sealed class AssessmentStepFlowTests : FamilyFileComponentContext
{
    [Fact]
    public async Task The_flow_opens_on_the_introduction_then_shows_one_section_per_step_with_progress()
    {
        var page = await RenderAsync(Gad7.Code);

        Assert.Contains("Step 1 of 3: Introduction", page.Find("#assessment-progress").TextContent, StringComparison.Ordinal);
        Assert.Contains("you can skip any question", page.Find("#assessment-intro").TextContent, StringComparison.Ordinal);
        Assert.Contains("Who will see your answers", page.Find("#assessment-intro").TextContent, StringComparison.Ordinal);

        page.Find("#assessment-begin").Click();

        page.WaitForAssertion(() => Assert.Contains("Step 2 of 3: Worry and feeling on edge", page.Find("#assessment-progress").TextContent, StringComparison.Ordinal));
        Assert.Equal(7, page.FindAll("fieldset.fc-question").Count);
        Assert.All(page.FindAll("fieldset.fc-question"), q =>
        {
            Assert.Contains("Skip for now", q.TextContent, StringComparison.Ordinal);
            Assert.Contains("Prefer not to say", q.TextContent, StringComparison.Ordinal);
            Assert.Contains("Don't know", q.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Choosing_an_answer_saves_it_straight_away()
    {
        var page = await RenderAsync(Gad7.Code, step: 1);
        var id = AssessmentId;

        Choose(page, "gad7.2", "Prefer not to say");

        await using var db = CreateDb();
        page.WaitForAssertion(() => Assert.Equal(AnswerKind.Declined, db.AssessmentAnswers.AsNoTracking().Single(a => a.AssessmentId == id && a.ItemKey == "gad7.2").Kind));
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("fieldset[data-item='gad7.2']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sensitive_section_begins_with_a_content_note_before_its_questions()
    {
        var page = await RenderAsync(Phq9.Code, step: 2);

        Assert.Contains("thoughts of death or of hurting yourself", page.Find("#content-note").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("fieldset.fc-question"));

        page.Find("#content-note-continue").Click();

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("fieldset.fc-question").Count));
    }

    [Fact]
    public async Task Question_9_above_zero_shows_the_safety_prompt_and_holds_the_next_step()
    {
        var page = await RenderAsync(Phq9.Code, step: 2);
        page.Find("#content-note-continue").Click();

        Choose(page, "phq9.9", "More than half the days");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#safety-prompt")));
        Assert.True(page.Find("#step-next").HasAttribute("disabled"));
    }

    private int AssessmentId { get; set; }

    private static void Choose(IRenderedComponent<AssessmentPage> page, string itemKey, string choice) =>
        page.FindAll($"fieldset[data-item='{itemKey}'] label.mud-radio")
            .Single(label => label.TextContent.Trim() == choice)
            .QuerySelector("input")!
            .Click();

    private async Task<IRenderedComponent<AssessmentPage>> RenderAsync(string instrument, int step = 0)
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var familyId = await PrimaryFamilyOfAsync(amira);
        int memberId;
        await using (var db = CreateDb())
        {
            memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == MemberRole.Parent).Select(m => m.Id).FirstAsync();
        }

        var commands = Services.GetRequiredService<AssessmentCommands>();
        AssessmentId = (await commands.StartAsync(amira, familyId, memberId, instrument, CancellationToken.None)).Id!.Value;
        await commands.StepAsync(amira, AssessmentId, step, CancellationToken.None);
        await SignInAsync(DemoPeople.Caseworker);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<AssessmentPage>(p => p.Add(x => x.Id, AssessmentId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#assessment-progress")));
        return page;
    }
}
