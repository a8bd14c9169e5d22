using Bunit;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FamilyCase.Web.Tests.Members;

public sealed class MemberDialogTests : FamilyFileComponentContext
{
    [Fact]
    public async Task Saving_an_empty_form_shows_what_is_needed_at_each_field_and_saves_nothing()
    {
        var (provider, amira, familyId) = await OpenAsync(memberId: null);
        var before = await MemberCountAsync(familyId);

        provider.Find("#member-save").Click();

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Please enter the first name.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Please enter the last name.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Please say how this person is related to the child", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Equal(before, await MemberCountAsync(familyId));
        Assert.NotNull(amira);
    }

    [Fact]
    public async Task A_birth_date_in_the_future_an_email_without_at_and_a_short_phone_are_explained()
    {
        var (provider, _, _) = await OpenAsync(memberId: null);

        provider.Find("#member-date-of-birth").Change(DateTime.Today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        provider.Find("#member-email").Change("adaeze.example.org");
        provider.Find("#member-phone").Change("555-01");
        provider.Find("#member-save").Click();

        provider.WaitForAssertion(() =>
        {
            Assert.Contains("Please enter an email address like name@example.org.", provider.Markup, StringComparison.Ordinal);
            Assert.Contains("Please enter a phone number with 10 or 11 digits", provider.Markup, StringComparison.Ordinal);
        });
        Assert.Contains("The date of birth cannot be in the future.", provider.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_member_is_saved_to_the_family_and_the_dialog_closes()
    {
        var (provider, _, familyId) = await OpenAsync(memberId: null);

        provider.Find("#member-relationship").Change("Aunt");
        provider.Find("#member-first-name").Change("Noor");
        provider.Find("#member-last-name").Change("Said");
        provider.Find("#member-phone").Change("905-555-0133");
        provider.Find("#member-save").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#member-form")));
        await using var db = CreateDb();
        var noor = await db.FamilyMembers.SingleAsync(m => m.FamilyId == familyId && m.FirstName == "Noor");
        Assert.Equal("Said", noor.LastName);
        Assert.Equal("905-555-0133", noor.SafeContact.Phone);
    }

    [Fact]
    public async Task When_someone_else_saved_first_the_dialog_shows_their_change_and_keeps_what_was_typed()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var familyId = await PrimaryFamilyOfAsync(amira);
        int memberId;
        await using (var db = CreateDb())
        {
            memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == Domain.Families.MemberRole.Parent).Select(m => m.Id).FirstAsync();
        }

        var (provider, _, _) = await OpenAsync(memberId);
        var dana = await StaffAsync(DemoPeople.Supervisor);
        var commands = Services.GetRequiredService<MemberCommands>();
        var danaForm = (await commands.LoadAsync(dana, familyId, memberId, CancellationToken.None))!;
        danaForm.Language = "Ukrainian";
        Assert.True((await commands.SaveAsync(dana, familyId, danaForm, danaForm.Copy(), CancellationToken.None)).Saved);

        provider.Find("#member-safety-notes").Change("Only call the mobile number.");
        provider.Find("#member-language").Change("English");
        provider.Find("#member-save").Click();

        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#conflict-notice")));
        var notice = provider.Find("#conflict-notice").TextContent;
        Assert.Contains("Language", notice, StringComparison.Ordinal);
        Assert.Contains("Ukrainian", notice, StringComparison.Ordinal);
        Assert.Equal("Only call the mobile number.", provider.Find("#member-safety-notes").GetAttribute("value") ?? provider.Find("#member-safety-notes").TextContent);

        provider.Find("#conflict-keep-mine").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#member-form")));
        await using var after = CreateDb();
        var saved = await after.FamilyMembers.SingleAsync(m => m.Id == memberId);
        Assert.Equal("English", saved.Language);
        Assert.Equal("Only call the mobile number.", saved.SafetyNotes);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, SignedInStaff Staff, int FamilyId)> OpenAsync(int? memberId)
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var familyId = await PrimaryFamilyOfAsync(amira);
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<MemberDialog>
        {
            { d => d.FamilyId, familyId },
            { d => d.MemberId, memberId },
            { d => d.Staff, amira },
        };
        await provider.InvokeAsync(() => dialogs.ShowAsync<MemberDialog>("Member", parameters));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#member-form")));
        return (provider, amira, familyId);
    }

    private async Task<int> MemberCountAsync(int familyId)
    {
        await using var db = CreateDb();
        return await db.FamilyMembers.CountAsync(m => m.FamilyId == familyId);
    }
}
