using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Justice;

/// <summary>Statements, police contacts, information given, interviews and applications: each saved by the right people, with its rules.</summary>
public sealed class JusticeRecordTests(JusticeRecordTests.App app) : IClassFixture<JusticeRecordTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_second_interview_for_someone_who_already_gave_one_needs_a_reason_and_then_is_saved()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, memberId) = await app.PersonAsync("FC-2026-00057", "Sagal");
        var first = await SaveInterviewAsync(amira, familyId, memberId, InterviewStatus.Given, null);

        var withoutReason = await SaveInterviewAsync(amira, familyId, memberId, InterviewStatus.Arranged, null);
        var withReason = await SaveInterviewAsync(amira, familyId, memberId, InterviewStatus.Arranged, "The Crown needs her account of the second address, which the recording does not cover.");

        Assert.True(first.Saved, first.Problem);
        Assert.StartsWith("This person has already given an interview.", withoutReason.Problem, StringComparison.Ordinal);
        Assert.True(withReason.Saved, withReason.Problem);
        var view = await app.RunAsync<JusticeTabQuery, JusticeView>(q => q.ExecuteAsync(amira, familyId, CancellationToken.None));
        Assert.Single(view.EarlierInterviewsOf(memberId, editingId: 0));
    }

    [Fact]
    public async Task A_vqrp_deadline_is_worked_out_from_the_date_of_the_crime_and_shows_on_the_header_until_it_is_submitted()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, memberId) = await app.PersonAsync("FC-2026-00057", "Ubah");
        var before = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, familyId, CancellationToken.None));

        var saved = await app.RunAsync<ApplicationCommands, SaveOutcome>(c =>
        {
            var form = c.New();
            form.MemberId = memberId;
            form.Kind = ApplicationKind.VqrpImmediateNeeds;
            form.CrimeDate = AgencyDay.TodayAsDateTime.AddDays(-40);
            return c.SaveAsync(amira, familyId, form, null, CancellationToken.None);
        });
        var during = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, familyId, CancellationToken.None));
        var view = await app.RunAsync<JusticeTabQuery, JusticeView>(q => q.ExecuteAsync(amira, familyId, CancellationToken.None));
        var submitted = await app.RunAsync<ApplicationCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, saved.Id!.Value, CancellationToken.None))!;
            form.Status = ApplicationStatus.Submitted;
            return await c.SaveAsync(amira, familyId, form, form.Copy(), CancellationToken.None);
        });
        var after = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, familyId, CancellationToken.None));

        Assert.True(saved.Saved, saved.Problem);
        var row = view.Applications.Single(a => a.Id == saved.Id);
        Assert.Equal(AgencyDay.Today.AddDays(5), row.DueOn);
        Assert.Equal(DeadlineState.DueSoon, row.Deadline);
        Assert.Equal(before!.Header.DeadlinesDueSoon + 1, during!.Header.DeadlinesDueSoon);
        Assert.True(submitted.Saved, submitted.Problem);
        Assert.Equal(before.Header.DeadlinesDueSoon, after!.Header.DeadlinesDueSoon);
    }

    [Fact]
    public async Task A_decided_application_and_a_statement_read_in_court_do_not_move_back()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, memberId) = await app.PersonAsync("FC-2025-00091", "Beverley");
        var proceedingId = await ProceedingAsync(familyId);
        var statement = await app.RunAsync<StatementCommands, SaveOutcome>(c =>
        {
            var form = c.New(proceedingId);
            form.MemberId = memberId;
            form.Status = StatementStatus.ReadInCourt;
            return c.SaveAsync(amira, familyId, form, null, CancellationToken.None);
        });

        var back = await app.RunAsync<StatementCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, statement.Id!.Value, CancellationToken.None))!;
            form.Status = StatementStatus.Drafting;
            return await c.SaveAsync(amira, familyId, form, form.Copy(), CancellationToken.None);
        });

        Assert.True(statement.Saved, statement.Problem);
        Assert.Equal("This statement has been presented to the court, so its status is final.", back.Problem);
    }

    [Fact]
    public async Task Court_support_records_information_given_and_statements_but_not_police_contacts_interviews_or_applications()
    {
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var (familyId, memberId) = await app.PersonAsync("FC-2026-00007", "Marie-Claude");
        var proceedingId = await ProceedingAsync(familyId);

        var information = await app.RunAsync<InformationGivenCommands, SaveOutcome>(c =>
        {
            var form = c.New();
            form.MemberId = memberId;
            form.Topic = InformationTopic.CourtDates;
            form.Method = InformationMethod.InPerson;
            return c.SaveAsync(grace, familyId, form, null, CancellationToken.None);
        });
        var statement = await app.RunAsync<StatementCommands, SaveOutcome>(c =>
        {
            var form = c.New(proceedingId);
            form.MemberId = memberId;
            return c.SaveAsync(grace, familyId, form, null, CancellationToken.None);
        });
        await Assert.ThrowsAsync<FamilyAccessDeniedException>(() => app.RunAsync<PoliceContactCommands, SaveOutcome>(c =>
        {
            var form = c.New();
            form.MemberId = memberId;
            form.PoliceService = "Lakeshore Regional Police";
            form.Purpose = "Statement";
            return c.SaveAsync(grace, familyId, form, null, CancellationToken.None);
        }));

        Assert.True(information.Saved, information.Problem);
        Assert.True(statement.Saved, statement.Problem);
        await using var db = app.CreateDb();
        Assert.Equal(grace.StaffId, await db.InformationGiven.Where(i => i.Id == information.Id).Select(i => i.GivenByStaffId).SingleAsync());
    }

    [Fact]
    public async Task A_person_of_another_family_cannot_be_named_in_a_record()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, _) = await app.PersonAsync("FC-2026-00057", "Ubah");
        var (_, stranger) = await app.PersonAsync("FC-2025-00091", "Simone");

        var outcome = await app.RunAsync<PoliceContactCommands, SaveOutcome>(c =>
        {
            var form = c.New();
            form.MemberId = stranger;
            form.PoliceService = "Lakeshore Regional Police";
            form.Purpose = "Statement";
            return c.SaveAsync(amira, familyId, form, null, CancellationToken.None);
        });

        Assert.Equal("That person is no longer in this family's file. Please choose again.", outcome.Problem);
    }

    private Task<SaveOutcome> SaveInterviewAsync(Web.Authentication.SignedInStaff staff, int familyId, int memberId, InterviewStatus status, string? why) =>
        app.RunAsync<InterviewCommands, SaveOutcome>(c =>
        {
            var form = c.New();
            form.MemberId = memberId;
            form.Kind = InterviewKind.Police;
            form.Status = status;
            form.ConductedBy = "Lakeshore Regional Police, child abuse unit";
            form.Recorded = true;
            form.RecordingHeldBy = "Lakeshore Regional Police";
            form.WhyNeeded = why;
            return c.SaveAsync(staff, familyId, form, null, CancellationToken.None);
        });

    private async Task<int> ProceedingAsync(int familyId)
    {
        await using var db = app.CreateDb();
        return await db.Proceedings.Where(p => p.FamilyId == familyId).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }
}
