using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Justice;

/// <summary>Court support works as the product describes: the team's families in court, the Justice tab in full, the court day to record.</summary>
public sealed class CourtSupportJusticeTests(CourtSupportJusticeTests.App app) : IClassFixture<CourtSupportJusticeTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    private const string Nadarajah = "FC-2026-00015";

    [Fact]
    public async Task Court_support_sees_a_team_family_while_its_proceeding_is_open_and_not_after()
    {
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var familyId = await FamilyAsync(Nadarajah);
        var proceedingId = await ProceedingOfAsync(familyId);

        var whileOpen = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(grace, familyId, CancellationToken.None));
        var justice = await app.RunAsync<JusticeTabQuery, JusticeView>(q => q.ExecuteAsync(grace, familyId, CancellationToken.None));
        var closed = await app.RunAsync<ProceedingCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(dana, familyId, proceedingId, CancellationToken.None))!;
            form.Status = ProceedingStatus.Concluded;
            form.Outcome = "Restraining order made for two years.";
            return await c.SaveAsync(dana, familyId, form, form.Copy(), CancellationToken.None);
        });
        var afterwards = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(grace, familyId, CancellationToken.None));

        Assert.NotNull(whileOpen);
        Assert.Single(justice.Proceedings);
        Assert.True(closed.Saved, closed.Problem);
        Assert.Null(afterwards);
    }

    [Fact]
    public async Task Court_support_records_who_goes_with_whom_and_the_outcome_but_not_the_date_or_the_proceeding()
    {
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var familyId = await FamilyAsync("FC-2026-00007");
        var eventId = await UpcomingEventOfAsync(familyId);

        var recorded = await app.RunAsync<CourtEventCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(grace, familyId, eventId, CancellationToken.None))!;
            foreach (var attendee in form.Attendees)
            {
                attendee.AccompaniedByStaffId = grace.StaffId;
            }

            form.Aids.Add(new AidLine { MemberId = form.Attendees[0].MemberId, Kind = AccommodationKind.QuietWaitingRoom });
            form.Outcome = "Trial began; continues tomorrow.";
            return await c.SaveAsync(grace, familyId, form, form.Copy(), CancellationToken.None);
        });
        var moved = await app.RunAsync<CourtEventCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(grace, familyId, eventId, CancellationToken.None))!;
            form.Date = form.Date!.Value.AddDays(1);
            return await c.SaveAsync(grace, familyId, form, form.Copy(), CancellationToken.None);
        });
        var proceedingChange = await Assert.ThrowsAsync<FamilyAccessDeniedException>(() => app.RunAsync<ProceedingCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(grace, familyId, await ProceedingOfAsync(familyId), CancellationToken.None))!;
            form.Outcome = "Changed by court support";
            return await c.SaveAsync(grace, familyId, form, form.Copy(), CancellationToken.None);
        }));

        Assert.True(recorded.Saved, recorded.Problem);
        Assert.Equal(CourtEventCommands.ScheduleIsTheWorkers, moved.Problem);
        Assert.Equal(familyId, proceedingChange.FamilyId);
        await using var db = app.CreateDb();
        var saved = await db.CourtEvents.Include(e => e.Attendances).Include(e => e.Accommodations).SingleAsync(e => e.Id == eventId);
        Assert.All(saved.Attendances, a => Assert.Equal(grace.StaffId, a.AccompaniedByStaffId));
        Assert.Contains(saved.Accommodations, a => a.Kind == AccommodationKind.QuietWaitingRoom && a.Status == AccommodationStatus.Requested && a.RequestedOn == AgencyDay.Today);
        Assert.Equal("Trial began; continues tomorrow.", saved.Outcome);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.FamilyId == familyId && e.RecordType == "Accommodation" && e.ActorStaffId == grace.StaffId));
    }

    [Fact]
    public async Task Court_support_never_receives_confidential_notes_of_a_family_they_see_because_it_is_in_court()
    {
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await FamilyAsync(Nadarajah);
        await app.RunAsync<NoteCommands, SaveOutcome>(c =>
        {
            var form = c.NewNote();
            form.Text = "Vasanthi spoke about counselling; details kept in the clinical file.";
            form.Confidential = true;
            return c.SaveAsync(amira, familyId, form, null, CancellationToken.None);
        });

        var notes = await app.RunAsync<NotesQuery, NotePage>(q => q.ExecuteAsync(grace, familyId, new NoteFilter(), 100, CancellationToken.None));

        Assert.DoesNotContain(notes.Notes, n => n.Confidential);
    }

    [Fact]
    public async Task The_justice_tab_warns_when_the_chosen_support_person_also_testifies()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await FamilyAsync("FC-2025-00091");

        var view = await app.RunAsync<JusticeTabQuery, JusticeView>(q => q.ExecuteAsync(amira, familyId, CancellationToken.None));

        var inquiry = view.Proceedings.Single().Events.Single(e => e.Kind == CourtEventKind.PreliminaryInquiry);
        Assert.Equal([SupportPersonRule.Warning("Simone Campbell", "Jada Campbell")], inquiry.Warnings);
        Assert.True(inquiry.Unaccompanied);
    }

    private async Task<int> FamilyAsync(string fileNumber)
    {
        await using var db = app.CreateDb();
        return await db.Families.Where(f => f.FileNumber == fileNumber).Select(f => f.Id).SingleAsync();
    }

    private async Task<int> ProceedingOfAsync(int familyId)
    {
        await using var db = app.CreateDb();
        return await db.Proceedings.Where(p => p.FamilyId == familyId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    private async Task<int> UpcomingEventOfAsync(int familyId)
    {
        await using var db = app.CreateDb();
        var now = DateTime.UtcNow;
        return await db.CourtEvents.Where(e => e.FamilyId == familyId && e.StartsAtUtc > now).OrderBy(e => e.StartsAtUtc).Select(e => e.Id).FirstAsync();
    }
}
