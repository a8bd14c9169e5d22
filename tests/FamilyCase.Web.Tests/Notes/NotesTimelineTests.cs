using Bunit;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Notes;

public sealed class NotesTimelineTests : FamilyFileComponentContext
{
    [Fact]
    public async Task The_timeline_lists_the_familys_notes_newest_first_with_who_wrote_them()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (tab, familyId) = await RenderNotesAsync(amira);
        await using var db = CreateDb();
        var notes = await db.ContactNotes.Where(n => n.FamilyId == familyId).Include(n => n.Author).OrderByDescending(n => n.OccurredAtUtc).ToListAsync();

        tab.WaitForAssertion(() => Assert.Equal(notes.Count, tab.FindAll("#notes-timeline > li").Count));
        var items = tab.FindAll("#notes-timeline > li");
        Assert.Equal(notes.Select(n => n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), items.Select(i => i.GetAttribute("data-note-id")));
        Assert.Contains($"by {notes[0].Author!.DisplayName}", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains($"of {notes.Count} notes", tab.Find("#notes-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searching_the_words_of_the_notes_narrows_the_timeline_and_says_when_nothing_matches()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (tab, familyId) = await RenderNotesAsync(amira);
        await using var db = CreateDb();
        var word = (await db.ContactNotes.Where(n => n.FamilyId == familyId).OrderBy(n => n.Id).Select(n => n.Text).FirstAsync()).Split(' ')[1];
        var matching = await db.ContactNotes.CountAsync(n => n.FamilyId == familyId && n.Text.Contains(word));

        tab.Find("#notes-filter-search").Input(word);
        tab.WaitForAssertion(() => Assert.Equal(matching, tab.FindAll("#notes-timeline > li").Count), TimeSpan.FromSeconds(3));

        tab.Find("#notes-filter-search").Input("zzzz-no-such-words");
        tab.WaitForAssertion(() => Assert.Equal("No notes match these filters.", tab.Find("#notes-empty").TextContent), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Court_support_staff_see_a_timeline_without_confidential_notes_and_are_told_so()
    {
        var grace = await StaffAsync(DemoPeople.CourtSupport);
        var (tab, familyId) = await RenderNotesAsync(grace, Domain.Families.AssignmentKind.CourtSupport);
        await using var db = CreateDb();
        var shareable = await db.ContactNotes.CountAsync(n => n.FamilyId == familyId && !n.Confidential);

        tab.WaitForAssertion(() => Assert.Equal(shareable, tab.FindAll("#notes-timeline > li").Count));
        Assert.DoesNotContain("Confidential", tab.Find("#notes-timeline").TextContent, StringComparison.Ordinal);
        Assert.Contains("Confidential notes are not shown to court-support staff.", tab.Find("#notes-confidential-hidden").TextContent, StringComparison.Ordinal);
        Assert.Empty(tab.FindAll("#add-note"));
    }

    private async Task<(IRenderedComponent<NotesTab> Tab, int FamilyId)> RenderNotesAsync(SignedInStaff staff, Domain.Families.AssignmentKind kind = Domain.Families.AssignmentKind.Primary)
    {
        var familyId = await PrimaryFamilyOfAsync(staff, kind);
        var file = (await Services.GetRequiredService<FamilyFileQuery>().LoadAsync(staff, familyId, CancellationToken.None))!;
        Render<MudBlazor.MudPopoverProvider>();
        var tab = Render<NotesTab>(p => p.Add(t => t.File, file).Add(t => t.Staff, staff));
        return (tab, familyId);
    }
}
