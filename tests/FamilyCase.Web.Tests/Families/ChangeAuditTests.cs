using FamilyCase.Domain.Time;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Families;

public sealed class ChangeAuditTests(ChangeAuditTests.App app) : IClassFixture<ChangeAuditTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_change_is_audited_with_the_fields_changed_but_never_their_values()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId).Select(m => m.Id).FirstAsync();
        var form = (await app.RunAsync<MemberCommands, MemberForm?>(c => c.LoadAsync(amira, familyId, memberId, CancellationToken.None)))!;
        var loaded = form.Copy();
        form.Phone = "647-555-0177";
        form.CodeWord = "blue umbrella";

        var outcome = await app.RunAsync<MemberCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, form, loaded, CancellationToken.None));

        Assert.True(outcome.Saved);
        var change = await db.AuditEvents.Where(e => e.Action == AuditAction.Change && e.RecordType == "Member" && e.RecordId == memberId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(amira.StaffId, change.ActorStaffId);
        Assert.Equal(familyId, change.FamilyId);
        Assert.Contains("SafeContact.Phone", change.Detail, StringComparison.Ordinal);
        Assert.Contains("SafeContact.CodeWord", change.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("647-555-0177", change.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("blue umbrella", change.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_file_is_audited_as_a_close()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.OtherCaseworker);
        var priya = await app.StaffAsync(DemoPeople.OtherCaseworker);
        var form = (await app.RunAsync<FamilyDetailsCommands, FamilyDetailsForm?>(c => c.LoadAsync(priya, familyId, CancellationToken.None)))!;
        var loaded = form.Copy();
        form.Status = Domain.Families.FamilyStatus.Closed;
        form.ClosedOn = app.Services.GetRequiredService<AgencyTime>().Today(TimeProvider.System).ToDateTime(TimeOnly.MinValue);
        form.ClosingReason = "The family's goals are met.";

        var outcome = await app.RunAsync<FamilyDetailsCommands, SaveOutcome>(c => c.SaveAsync(priya, familyId, form, loaded, CancellationToken.None));

        Assert.True(outcome.Saved, outcome.Problem);
        await using var db = app.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Close && e.FamilyId == familyId && e.ActorStaffId == priya.StaffId));
        Assert.Equal(Domain.Families.FamilyStatus.Closed, (await db.Families.SingleAsync(f => f.Id == familyId)).Status);
    }

    [Fact]
    public async Task A_change_to_a_family_record_without_someone_to_audit_it_under_is_refused()
    {
        await using var db = app.CreateDb();
        var member = await db.FamilyMembers.FirstAsync();
        member.Pronouns = "he/him";

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("actor", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_only_who_a_note_involved_is_audited_and_counts_as_a_new_version()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var noteId = await db.ContactNotes.Where(n => n.FamilyId == familyId).Select(n => n.Id).FirstAsync();
        var someone = await db.FamilyMembers.Where(m => m.FamilyId == familyId).Select(m => m.Id).FirstAsync();
        var form = (await app.RunAsync<NoteCommands, NoteForm?>(c => c.LoadAsync(amira, familyId, noteId, CancellationToken.None)))!;
        var loaded = form.Copy();
        var someoneKey = someone.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var versionBefore = await db.FamilyMembers.Where(m => m.Id == someone).Select(m => m.Version).SingleAsync();
        var changesBefore = await db.AuditEvents.CountAsync(e => e.RecordType == "Member" && e.RecordId == someoneKey && e.Action == AuditAction.Change);
        form.MemberIds = form.MemberIds.Contains(someone) ? form.MemberIds.Where(id => id != someone).ToList() : [.. form.MemberIds, someone];

        var outcome = await app.RunAsync<NoteCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, form, loaded, CancellationToken.None));

        Assert.True(outcome.Saved, outcome.Problem);
        Assert.Equal(loaded.Version + 1, outcome.NewVersion);
        var id = noteId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var change = await db.AuditEvents.Where(e => e.Action == AuditAction.Change && e.RecordType == "Note" && e.RecordId == id).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal("Changed: MembersInvolved", change.Detail);
        // Naming a person in a note is not a change to that person's own record.
        Assert.Equal(changesBefore, await db.AuditEvents.CountAsync(e => e.RecordType == "Member" && e.RecordId == someoneKey && e.Action == AuditAction.Change));
        Assert.Equal(versionBefore, await db.FamilyMembers.Where(m => m.Id == someone).Select(m => m.Version).SingleAsync());
    }

    [Fact]
    public async Task A_new_record_is_audited_with_its_new_id()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);

        var outcome = await app.RunAsync<MemberCommands, SaveOutcome>(c => c.AddAsync(amira, familyId,
            new MemberForm { Role = Domain.Families.MemberRole.ExtendedFamily, Relationship = "Aunt", FirstName = "Noor", LastName = "Haddad-Test" }, CancellationToken.None));

        await using var db = app.CreateDb();
        var id = outcome.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Create && e.RecordType == "Member" && e.RecordId == id && e.FamilyId == familyId));
    }
}
