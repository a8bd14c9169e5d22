using Bunit;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.CourtDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FamilyCase.Web.Tests.CourtDocuments;

/// <summary>The packet builder over the real services: its section list says what is in and why anything is left out.</summary>
public sealed class PacketBuilderTests : FamilyFileComponentContext
{
    private const string Campbell = "FC-2025-00091";

    [Fact]
    public async Task The_section_list_shows_each_person_s_sections_and_why_one_is_left_out_and_follows_the_choices()
    {
        var page = await OpenAsync();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#builder-sections tbody tr")));
        Assert.Equal("Bev Campbell (Maternal grandmother), attending", Label(page, "Bev"));
        Assert.Contains(Rows(page), r => r == ("What helps", "Bev Campbell", "Left out: no consent to share with the court is recorded"));
        Assert.Contains(Rows(page), r => r == ("Orders in force", "Everyone", "Included"));
        Assert.DoesNotContain(Rows(page), r => r.For == "Marcus Campbell");
        Assert.Contains("has no document of their own", page.Find("#builder-people").TextContent, StringComparison.Ordinal);
        Assert.Contains("Protects: J.C. and any witness under 18", page.Find("#builder-preview").TextContent, StringComparison.Ordinal);

        var dana = await StaffAsync(DemoPeople.Supervisor);
        await using (var db = CreateDb())
        {
            var bev = await db.FamilyMembers.SingleAsync(m => m.Family!.FileNumber == Campbell && m.FirstName == "Beverley");
            var saved = await Services.GetRequiredService<ConsentCommands>().RecordAsync(dana, bev.FamilyId,
                new ConsentForm { MemberId = bev.Id, Scope = ConsentScope.ShareWithCourt, DecidedOn = AgencyDay.TodayAsDateTime }, CancellationToken.None);
            Assert.True(saved.Saved, saved.Problem);
        }
        var marcus = page.FindAll("#builder-people label").Single(l => l.TextContent.Contains("Marcus", StringComparison.Ordinal)).QuerySelector("input")!;
        await page.InvokeAsync(() => marcus.Change(true));

        page.WaitForAssertion(() => Assert.Contains(Rows(page), r => r.For == "Marcus Campbell" && r.Section == "Role in the proceeding"));
        Assert.DoesNotContain(Rows(page), r => r.For == "Bev Campbell" && r.InDocument.Contains("consent", StringComparison.Ordinal));

        await page.InvokeAsync(() => page.FindAll("#builder-audience input[type=radio]")[2].Click());
        page.WaitForAssertion(() => Assert.Contains(Rows(page), r => r.Section == "Who will meet you"));
        Assert.DoesNotContain(Rows(page), r => r.Section == "Orders in force");
    }

    private async Task<IRenderedComponent<PacketBuilderPage>> OpenAsync()
    {
        await SignInAsync(DemoPeople.Supervisor);
        int eventId;
        await using (var db = CreateDb())
        {
            eventId = await db.CourtEvents.Where(e => e.Family!.FileNumber == Campbell && e.Kind == CourtEventKind.PreliminaryInquiry).Select(e => e.Id).SingleAsync();
        }

        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<PacketBuilderPage>(p => p.Add(x => x.CourtEventId, eventId));
    }

    private static string Label(IRenderedComponent<PacketBuilderPage> page, string firstName) =>
        page.FindAll("#builder-people label").Select(l => l.TextContent.Trim()).Single(t => t.StartsWith(firstName, StringComparison.Ordinal));

    private static List<(string Section, string For, string InDocument)> Rows(IRenderedComponent<PacketBuilderPage> page) =>
        page.FindAll("#builder-sections tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).Select(c => (c[0], c[1], c[2])).ToList();
}
