using Bunit;
using FamilyCase.Domain.Plans;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Plans;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FamilyCase.Web.Tests.Plans;

public sealed class PlanDialogTests : FamilyFileComponentContext
{
    private const string Warsame = "FC-2026-00057";

    [Fact]
    public async Task The_referral_dialog_says_what_consent_is_missing_before_sending_and_saves_a_self_referral_with_its_barriers()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (familyId, abdirahman) = await PersonAsync("Abdirahman");
        var provider = await OpenAsync<ReferralDialog>(amira, familyId, "#referral-form", p =>
        {
            p.Add(d => d.MemberId, abdirahman);
        });

        Input(provider, "referral-outside-switch").Change(true);
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#referral-outside")));
        provider.Find("#referral-outside").Change("Eastside fathers' circle");
        provider.WaitForAssertion(() => Assert.Contains("No consent from Abdirahman to share information with Eastside fathers' circle is recorded.", provider.Find("#referral-consent").TextContent, StringComparison.Ordinal));

        Input(provider, "referral-shares").Change(false);
        provider.WaitForAssertion(() => Assert.Contains("Nothing is shared with the service for this referral, so no consent is needed.", provider.Find("#referral-consent").TextContent, StringComparison.Ordinal));
        Input(provider, "referral-barrier-waitlist").Change(true);
        Input(provider, "referral-barrier-transport").Change(true);
        provider.Find("#referral-save").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#referral-form")));
        await using var db = CreateDb();
        var saved = await db.Referrals.Include(r => r.Steps).SingleAsync(r => r.FamilyMemberId == abdirahman && r.OutsideService == "Eastside fathers' circle");
        Assert.Equal((ReferralBarrier.Waitlist | ReferralBarrier.Transport, false, ReferralStatus.Pending), (saved.Barriers, saved.SharesInformation, saved.Status));
        Assert.Single(saved.Steps);
    }

    [Fact]
    public async Task The_goal_editor_starts_from_the_check_in_s_words_lets_the_person_reword_them_and_keeps_the_actions()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (familyId, ubah) = await PersonAsync("Ubah");
        var plan = (await Services.GetRequiredService<PlanQuery>().ForMemberAsync(amira, familyId, ubah, CancellationToken.None))!;
        var suggestion = Assert.Single(plan.Suggestions);
        var provider = await OpenAsync<GoalDialog>(amira, familyId, "#goal-form", p =>
        {
            p.Add(d => d.MemberId, ubah);
            p.Add(d => d.Suggestion, suggestion);
        });

        Assert.Equal(suggestion.SuggestedGoal, provider.Find("#goal-words").GetAttribute("value"));
        provider.Find("#goal-words").Change("Find a counsellor who speaks Somali, without another long waitlist");
        provider.Find("#add-goal-action").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#goal-action-1-who")));
        provider.Find("#goal-action-1-who").Change("Amira");
        provider.Find("#goal-save").Click();
        provider.WaitForAssertion(() => Assert.Contains("Please say what will be done, or remove the action.", provider.Markup, StringComparison.Ordinal));

        provider.Find("#goal-action-1-what").Change("Ask the Somali family counselling program about their list");
        provider.Find("#goal-save").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#goal-form")));
        await using var db = CreateDb();
        var goal = await db.Goals.Include(g => g.Actions).SingleAsync(g => g.FamilyMemberId == ubah);
        Assert.Equal(("Find a counsellor who speaks Somali, without another long waitlist", "checkin.services", (int?)suggestion.AssessmentId), (goal.InTheirWords, goal.DomainKey, goal.SourceAssessmentId));
        Assert.Equal(("Amira", "Ask the Somali family counselling program about their list"), (goal.Actions.Single().Who, goal.Actions.Single().What));
        Assert.Empty((await Services.GetRequiredService<PlanQuery>().ForMemberAsync(amira, familyId, ubah, CancellationToken.None))!.Suggestions);
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> provider, string id) =>
        provider.FindAll($"input#{id}") is [var input, ..] ? input : provider.Find($"#{id} input");

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync<TDialog>(SignedInStaff staff, int familyId, string ready, Action<DialogParameters<TDialog>> more)
        where TDialog : Microsoft.AspNetCore.Components.IComponent
    {
        var file = (await Services.GetRequiredService<FamilyFileQuery>().LoadAsync(staff, familyId, CancellationToken.None))!;
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<TDialog>
        {
            { "FamilyId", familyId },
            { "Staff", staff },
            { "Members", file.Members.Where(m => PlanEligibility.HasPlan(m.Role)).ToList() },
        };
        more(parameters);
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>("Plan", parameters));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(ready)));
        return provider;
    }

    private async Task<(int FamilyId, int MemberId)> PersonAsync(string firstName)
    {
        await using var db = CreateDb();
        var member = await db.FamilyMembers.Where(m => m.Family!.FileNumber == Warsame && m.FirstName == firstName).Select(m => new { m.FamilyId, m.Id }).SingleAsync();
        return (member.FamilyId, member.Id);
    }
}
