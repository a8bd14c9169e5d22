using System.Net;
using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using FamilyCase.Web.Features.Audit;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Families;

public sealed class FamilyAccessTests(FamilyAccessTests.App app) : IClassFixture<FamilyAccessTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_caseworker_opening_their_own_family_sees_it_and_the_view_is_audited_once()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);
        var before = await ViewsAsync(familyId);

        var page = await client.GetStringAsync(new Uri($"/families/{familyId}", UriKind.Relative));

        await using var db = app.CreateDb();
        var family = await db.Families.Include(f => f.Members).SingleAsync(f => f.Id == familyId);
        Assert.Contains(WebUtility.HtmlEncode(family.DisplayName), page, StringComparison.Ordinal);
        Assert.Contains(family.FileNumber, page, StringComparison.Ordinal);
        Assert.Equal(before + 1, await ViewsAsync(familyId));
    }

    [Fact]
    public async Task A_caseworker_asking_for_another_caseworkers_family_by_address_is_refused_plainly_and_it_is_audited()
    {
        var othersFamily = await app.FamilyOfAsync(DemoPeople.OtherCaseworker);
        using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var family = await db.Families.Include(f => f.Members).SingleAsync(f => f.Id == othersFamily);

        using var response = await client.GetAsync(new Uri($"/families/{othersFamily}", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You do not have access to this family file", page, StringComparison.Ordinal);
        Assert.DoesNotContain(family.FileNumber, page, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(family.DisplayName), page, StringComparison.Ordinal);
        Assert.All(family.Members, m => Assert.DoesNotContain(WebUtility.HtmlEncode(m.LastName), page, StringComparison.Ordinal));
        var caseworker = await app.StaffAsync(DemoPeople.Caseworker);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AccessRefused && e.RecordType == "Family" && e.RecordId == othersFamily.ToString() && e.ActorStaffId == caseworker.StaffId));
        // Nobody can add rows to a family's own trail by guessing its number.
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AccessRefused && e.FamilyId == othersFamily));
    }

    [Fact]
    public async Task No_query_or_command_gives_a_caseworker_another_caseworkers_family()
    {
        var othersFamily = await app.FamilyOfAsync(DemoPeople.OtherCaseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var memberId = await db.FamilyMembers.Where(m => m.FamilyId == othersFamily).Select(m => m.Id).FirstAsync();
        var noteId = await db.ContactNotes.Where(n => n.FamilyId == othersFamily).Select(n => n.Id).FirstAsync();
        var none = CancellationToken.None;

        Assert.Null(await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, othersFamily, none)));
        Assert.Null(await app.RunAsync<MemberCommands, MemberForm?>(c => c.LoadAsync(amira, othersFamily, memberId, none)));
        Assert.Null(await app.RunAsync<NoteCommands, NoteForm?>(c => c.LoadAsync(amira, othersFamily, noteId, none)));
        Assert.Null(await app.RunAsync<FamilyDetailsCommands, FamilyDetailsForm?>(c => c.LoadAsync(amira, othersFamily, none)));
        Assert.Empty((await app.RunAsync<NotesQuery, NotePage>(q => q.ExecuteAsync(amira, othersFamily, new NoteFilter(), 100, none))).Notes);
        Assert.Empty(await app.RunAsync<ConsentQuery, IReadOnlyList<ConsentRow>>(q => q.ExecuteAsync(amira, othersFamily, none)));
        Assert.Empty(await app.RunAsync<AssignmentCommands, IReadOnlyList<AssignmentRow>>(c => c.HistoryAsync(amira, othersFamily, none)));
        Assert.Empty((await app.RunAsync<AuditQuery, AuditPage>(q => q.ExecuteAsync(amira, othersFamily, new AuditFilter(), 0, 50, none))).Rows);
        await Assert.ThrowsAsync<FamilyAccessDeniedException>(() =>
            app.RunAsync<MemberCommands, Components.Shared.SaveOutcome>(c => c.AddAsync(amira, othersFamily, new MemberForm { FirstName = "X", LastName = "Y", Relationship = "Aunt" }, none)));
        await Assert.ThrowsAsync<FamilyAccessDeniedException>(() =>
            app.RunAsync<NoteCommands, Components.Shared.SaveOutcome>(c =>
            {
                var note = c.NewNote();
                note.Text = "Trying to write here";
                return c.SaveAsync(amira, othersFamily, note, null, none);
            }));
    }

    [Fact]
    public async Task Court_support_staff_never_receive_confidential_notes()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.CourtSupport, Domain.Families.AssignmentKind.CourtSupport);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        await using var db = app.CreateDb();
        var confidential = await db.ContactNotes.CountAsync(n => n.FamilyId == familyId && n.Confidential);

        var forCourtSupport = await app.RunAsync<NotesQuery, NotePage>(q => q.ExecuteAsync(grace, familyId, new NoteFilter(), 500, CancellationToken.None));
        var askingForConfidential = await app.RunAsync<NotesQuery, NotePage>(q => q.ExecuteAsync(grace, familyId, new NoteFilter(ConfidentialOnly: true), 500, CancellationToken.None));
        var forSupervisor = await app.RunAsync<NotesQuery, NotePage>(q => q.ExecuteAsync(dana, familyId, new NoteFilter(), 500, CancellationToken.None));

        Assert.True(confidential > 0, "The demo family should have a confidential note for this test to mean anything.");
        Assert.NotEmpty(forCourtSupport.Notes);
        Assert.DoesNotContain(forCourtSupport.Notes, n => n.Confidential);
        Assert.Empty(askingForConfidential.Notes);
        Assert.Equal(forCourtSupport.Total + confidential, forSupervisor.Total);
    }

    [Fact]
    public async Task An_administrator_is_refused_every_family_file()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        using var client = await app.SignedInClientAsync(DemoPeople.Administrator);

        var page = await client.GetStringAsync(new Uri($"/families/{familyId}", UriKind.Relative));

        Assert.Contains("You do not have access to this family file", page, StringComparison.Ordinal);
        Assert.Contains("family files are not shown to this role", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Emergency access", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_with_no_family_says_so_without_revealing_anything()
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);

        var page = await client.GetStringAsync(new Uri("/families/999999", UriKind.Relative));

        Assert.Contains("We couldn&#x27;t find that family file", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_refused_because_the_family_is_no_longer_in_scope_is_audited()
    {
        var othersFamily = await app.FamilyOfAsync(DemoPeople.OtherCaseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);

        await Assert.ThrowsAsync<FamilyAccessDeniedException>(() => app.RunAsync<ConsentCommands, Components.Shared.SaveOutcome>(c =>
            c.RecordAsync(amira, othersFamily, new ConsentForm { MemberId = 1, DecidedOn = new DateTime(2026, 1, 5) }, CancellationToken.None)));

        await using var db = app.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AccessRefused && e.RecordId == othersFamily.ToString() && e.FamilyId == null && e.Detail == "Change refused" && e.ActorStaffId == amira.StaffId));
    }

    [Fact]
    public async Task A_supervisor_cannot_reassign_another_teams_family_and_the_attempt_is_audited()
    {
        var eastFamily = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var marc = await app.StaffAsync("marc");
        var priya = await app.StaffAsync(DemoPeople.OtherCaseworker);

        await Assert.ThrowsAsync<FamilyAccessDeniedException>(() => app.RunAsync<AssignmentCommands, Components.Shared.SaveOutcome>(c =>
            c.AssignAsync(marc, eastFamily, Domain.Families.AssignmentKind.Primary, priya.StaffId, "Trying to move this family", CancellationToken.None)));

        await using var db = app.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AccessRefused && e.RecordId == eastFamily.ToString() && e.FamilyId == null && e.ActorStaffId == marc.StaffId));
        Assert.False(await db.Assignments.AnyAsync(a => a.FamilyId == eastFamily && a.StaffMemberId == priya.StaffId));
    }

    private async Task<int> ViewsAsync(int familyId)
    {
        await using var db = app.CreateDb();
        return await db.AuditEvents.CountAsync(e => e.FamilyId == familyId && e.Action == AuditAction.View);
    }
}
