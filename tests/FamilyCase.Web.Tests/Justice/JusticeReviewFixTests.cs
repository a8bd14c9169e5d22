using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.CourtCalendar;
using FamilyCase.Web.Features.Justice;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Justice;

/// <summary>Who may go to court with a family member, how status dates are kept, what happens to granted aids, and how the calendar is audited.</summary>
public sealed class JusticeReviewFixTests(JusticeReviewFixTests.App app) : IClassFixture<JusticeReviewFixTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Only_staff_who_can_open_the_file_can_be_chosen_to_go_to_court()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var jordan = await app.StaffAsync("jordan");
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var (familyId, eventId) = await UpcomingEventAsync("FC-2026-00015");

        var options = await app.RunAsync<CourtEventCommands, CourtEventOptions>(c => c.OptionsAsync(amira, familyId, eventId, CancellationToken.None));
        var withJordan = await AccompanyAsync(amira, familyId, eventId, jordan.StaffId);
        var withGrace = await AccompanyAsync(amira, familyId, eventId, grace.StaffId);

        // Jordan is on the team but no longer assigned to the Nadarajah family; Grace sees it because it is in court.
        Assert.DoesNotContain(options.Staff, s => s.Id == jordan.StaffId);
        Assert.Contains(options.Staff, s => s.Id == grace.StaffId);
        Assert.StartsWith("The person chosen to go to court", withJordan.Problem, StringComparison.Ordinal);
        Assert.True(withGrace.Saved, withGrace.Problem);
    }

    [Fact]
    public async Task A_status_change_left_with_its_old_date_is_dated_today()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        int familyId, proceedingId;
        await using (var db = app.CreateDb())
        {
            var p = await db.Proceedings.Where(x => x.Family!.FileNumber == "FC-2026-00007").Select(x => new { x.FamilyId, x.Id, x.StatusOn }).SingleAsync();
            (familyId, proceedingId) = (p.FamilyId, p.Id);
            Assert.NotEqual(AgencyDay.Today, p.StatusOn);
        }

        var saved = await app.RunAsync<ProceedingCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(dana, familyId, proceedingId, CancellationToken.None))!;
            form.Status = ProceedingStatus.Stayed;
            return await c.SaveAsync(dana, familyId, form, form.Copy(), CancellationToken.None);
        });

        Assert.True(saved.Saved, saved.Problem);
        await using var after = app.CreateDb();
        Assert.Equal((ProceedingStatus.Stayed, AgencyDay.Today), await after.Proceedings.Where(x => x.Id == proceedingId).Select(x => new ValueTuple<ProceedingStatus, DateOnly>(x.Status, x.StatusOn)).SingleAsync());
    }

    [Fact]
    public async Task A_granted_aid_stays_on_record_and_keeps_its_kind()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        int familyId, eventId;
        await using (var db = app.CreateDb())
        {
            var e = await db.CourtEvents.Where(x => x.Family!.FileNumber == "FC-2025-00091" && x.Kind == CourtEventKind.PreliminaryInquiry).Select(x => new { x.FamilyId, x.Id }).SingleAsync();
            (familyId, eventId) = (e.FamilyId, e.Id);
        }

        var removed = await app.RunAsync<CourtEventCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, eventId, CancellationToken.None))!;
            form.Aids.RemoveAll(a => a.Kind == AccommodationKind.CctvOrScreen);
            return await c.SaveAsync(amira, familyId, form, form.Copy(), CancellationToken.None);
        });
        var rekinded = await app.RunAsync<CourtEventCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, eventId, CancellationToken.None))!;
            form.Aids.First(a => a.Kind == AccommodationKind.CctvOrScreen).Kind = AccommodationKind.Breaks;
            return await c.SaveAsync(amira, familyId, form, form.Copy(), CancellationToken.None);
        });

        Assert.Equal("A granted or used accommodation stays on record. To change it, mark it withdrawn.", removed.Problem);
        Assert.Equal("An accommodation keeps the kind it was asked for. For a different one, add a new line.", rekinded.Problem);
    }

    [Fact]
    public async Task The_calendar_leaves_a_view_in_the_trail_of_each_family_whose_dates_it_showed()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);

        var page = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(dana, new CalendarRequest(AgencyDay.Today.AddDays(2), 10), CancellationToken.None));

        await using var db = app.CreateDb();
        var viewed = await db.AuditEvents.Where(e => e.ActorStaffId == dana.StaffId && e.Action == AuditAction.View && e.FamilyId != null).ToListAsync();
        Assert.NotEmpty(page.Entries);
        Assert.All(page.Entries.Select(e => e.FamilyId).Distinct(), familyId =>
            Assert.Contains(viewed, e => e.FamilyId == familyId && e.Detail!.StartsWith("Court calendar:", StringComparison.Ordinal)));
    }

    private Task<SaveOutcome> AccompanyAsync(Web.Authentication.SignedInStaff staff, int familyId, int eventId, int companionId) =>
        app.RunAsync<CourtEventCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(staff, familyId, eventId, CancellationToken.None))!;
            form.Attendees[0].AccompaniedByStaffId = companionId;
            return await c.SaveAsync(staff, familyId, form, form.Copy(), CancellationToken.None);
        });

    private async Task<(int FamilyId, int EventId)> UpcomingEventAsync(string fileNumber)
    {
        await using var db = app.CreateDb();
        var now = DateTime.UtcNow;
        var e = await db.CourtEvents.Where(x => x.Family!.FileNumber == fileNumber && x.StartsAtUtc > now).OrderBy(x => x.StartsAtUtc).Select(x => new { x.FamilyId, x.Id }).FirstAsync();
        return (e.FamilyId, e.Id);
    }
}
