using FamilyCase.Data.Auditing;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Families;

public sealed class ConcurrencyTests(ConcurrencyTests.App app) : IClassFixture<ConcurrencyTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Two_contexts_saving_the_same_member_the_second_is_stopped()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        await using var first = app.CreateDb();
        await using var second = app.CreateDb();
        var memberId = await first.FamilyMembers.Where(m => m.FamilyId == familyId).Select(m => m.Id).FirstAsync();
        var mine = await first.FamilyMembers.SingleAsync(m => m.Id == memberId);
        var theirs = await second.FamilyMembers.SingleAsync(m => m.Id == memberId);
        first.Actor = second.Actor = AuditActor.System;

        theirs.Pronouns = "ze/zir (test)";
        await second.SaveChangesAsync();
        mine.Pronouns = "they/them (test)";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [Fact]
    public async Task When_someone_else_saved_a_member_first_the_second_person_sees_what_changed_and_keeps_their_text()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var memberId = await FirstAdultAsync(familyId);
        var amiraLoaded = (await app.RunAsync<MemberCommands, MemberForm?>(c => c.LoadAsync(amira, familyId, memberId, CancellationToken.None)))!;
        var danaForm = (await app.RunAsync<MemberCommands, MemberForm?>(c => c.LoadAsync(dana, familyId, memberId, CancellationToken.None)))!;
        var amiraForm = amiraLoaded.Copy();

        danaForm.BestTimes = "Weekday mornings only";
        var danaSaved = await app.RunAsync<MemberCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, danaForm, danaForm.Copy(), CancellationToken.None));
        amiraForm.SafetyNotes = "Do not call the home number after 6 pm.";
        amiraForm.BestTimes = "Evenings";
        var amiraFirstTry = await app.RunAsync<MemberCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, amiraForm, amiraLoaded, CancellationToken.None));

        Assert.True(danaSaved.Saved);
        Assert.True(amiraFirstTry.IsConflict);
        var conflict = Assert.Single(amiraFirstTry.Conflicts);
        Assert.Equal(new FieldConflict("Best times to reach", "Weekday mornings only", "Evenings"), conflict);
        Assert.Equal("Do not call the home number after 6 pm.", amiraForm.SafetyNotes);
        await using (var db = app.CreateDb())
        {
            Assert.Equal("Weekday mornings only", (await db.FamilyMembers.SingleAsync(m => m.Id == memberId)).SafeContact.BestTimes);
        }

        // Amira chooses to save her version over Dana's.
        amiraForm.Version = amiraFirstTry.NewVersion!.Value;
        var amiraSecondTry = await app.RunAsync<MemberCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, amiraForm, danaForm, CancellationToken.None));

        Assert.True(amiraSecondTry.Saved);
        await using var after = app.CreateDb();
        var saved = await after.FamilyMembers.SingleAsync(m => m.Id == memberId);
        Assert.Equal("Evenings", saved.SafeContact.BestTimes);
        Assert.Equal("Do not call the home number after 6 pm.", saved.SafetyNotes);
    }

    [Fact]
    public async Task A_note_edited_by_two_people_keeps_the_second_persons_text_and_shows_the_first_persons()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var create = await app.RunAsync<NoteCommands, SaveOutcome>(c =>
        {
            var note = c.NewNote();
            note.Text = "Phoned Tanya about Thursday.";
            return c.SaveAsync(amira, familyId, note, null, CancellationToken.None);
        });
        var amiraLoaded = (await app.RunAsync<NoteCommands, NoteForm?>(c => c.LoadAsync(amira, familyId, create.Id!.Value, CancellationToken.None)))!;
        var danaForm = (await app.RunAsync<NoteCommands, NoteForm?>(c => c.LoadAsync(dana, familyId, create.Id!.Value, CancellationToken.None)))!;

        danaForm.Text = "Phoned Tanya about Thursday's bail hearing.";
        await app.RunAsync<NoteCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, danaForm, danaForm.Copy(), CancellationToken.None));
        var amiraForm = amiraLoaded.Copy();
        amiraForm.Text = "Phoned Tanya about Thursday; she asked for a support person.";
        var outcome = await app.RunAsync<NoteCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, amiraForm, amiraLoaded, CancellationToken.None));

        Assert.True(outcome.IsConflict);
        Assert.Equal(new FieldConflict("Note", "Phoned Tanya about Thursday's bail hearing.", "Phoned Tanya about Thursday; she asked for a support person."), Assert.Single(outcome.Conflicts));
    }

    private async Task<int> FirstAdultAsync(int familyId)
    {
        await using var db = app.CreateDb();
        return await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == Domain.Families.MemberRole.Parent).Select(m => m.Id).FirstAsync();
    }
}
