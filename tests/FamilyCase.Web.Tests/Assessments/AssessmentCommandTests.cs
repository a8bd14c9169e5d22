using FamilyCase.Domain.Time;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Assessments;

public sealed class AssessmentCommandTests(AssessmentCommandTests.App app) : IClassFixture<AssessmentCommandTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Every_answer_is_saved_the_moment_it_is_given_and_a_fresh_load_sees_it()
    {
        var (amira, id) = await StartAsync(Phq9.Code);

        await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, "phq9.1", AnswerKind.Answered, 2, CancellationToken.None));
        var afterFirst = await LoadAsync(amira, id);
        await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, "phq9.1", AnswerKind.Declined, null, CancellationToken.None));
        await app.RunAsync<AssessmentCommands, bool>(async c => { await c.StepAsync(amira, id, 2, CancellationToken.None); return true; });
        var afterChange = await LoadAsync(amira, id);

        Assert.Equal(ItemAnswer.Of("phq9.1", 2), afterFirst.Answers["phq9.1"]);
        Assert.Equal(ItemAnswer.Declined("phq9.1"), afterChange.Answers["phq9.1"]);
        Assert.Equal(2, afterChange.CurrentStep);
        await using var db = app.CreateDb();
        Assert.Equal(1, await db.AssessmentAnswers.CountAsync(a => a.AssessmentId == id));
        var audited = await db.AuditEvents.Where(e => e.RecordType == "AssessmentAnswer").Select(e => e.Detail).ToListAsync();
        Assert.Contains(audited, d => d != null && d.Contains("Kind", StringComparison.Ordinal));
        Assert.DoesNotContain(audited, d => d != null && d.Contains("Declined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_in_notes_are_saved_with_their_domain()
    {
        var (amira, id) = await StartAsync(FamilyNeedsCheckIn.Code);

        await app.RunAsync<AssessmentCommands, bool>(async c =>
        {
            await c.NoteAsync(amira, id, FamilyNeedsCheckIn.StrengthsKey("checkin.support"), "  Her sister visits on Sundays ", CancellationToken.None);
            return true;
        });

        Assert.Equal("Her sister visits on Sundays", (await LoadAsync(amira, id)).Notes[FamilyNeedsCheckIn.StrengthsKey("checkin.support")]);
    }

    [Fact]
    public async Task Question_9_above_zero_raises_an_alert_that_blocks_finishing_until_the_safety_check_is_recorded()
    {
        var (amira, id) = await StartAsync(Phq9.Code);

        var raised = await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, Phq9.CriticalItem, AnswerKind.Answered, 1, CancellationToken.None));
        var blocked = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None));
        var view = await LoadAsync(amira, id);
        var recorded = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.RecordSafetyActionAsync(amira, id, view.Alerts[0].Id, "Checked in; safety plan made and crisis line given.", CancellationToken.None));
        var finished = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None));

        Assert.Equal(AlertKind.SelfHarmThoughts, raised);
        Assert.True(view.NeedsSafetyAction);
        Assert.Equal("Please record what was done for their safety before finishing.", blocked.Problem);
        Assert.True(recorded.Saved);
        Assert.True(finished.Saved);
        var done = await LoadAsync(amira, id);
        Assert.Equal(AssessmentStatus.Completed, done.Status);
        Assert.False(done.Result.IsComplete);
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(3, AlertKind.UrgentSafetyNeed)]
    public async Task A_check_in_safety_rating_of_three_raises_the_same_kind_of_alert(int rating, AlertKind? expected)
    {
        var (amira, id) = await StartAsync(FamilyNeedsCheckIn.Code, memberIndex: 3);

        var raised = await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, FamilyNeedsCheckIn.SafetyDomain, AnswerKind.Answered, rating, CancellationToken.None));

        Assert.Equal(expected, raised);
        Assert.Equal(expected is not null, (await LoadAsync(amira, id)).NeedsSafetyAction);
    }

    [Fact]
    public async Task A_completed_assessment_is_scored_by_the_system_and_then_read_only()
    {
        var (amira, id) = await StartAsync(Gad7.Code);
        foreach (var n in Enumerable.Range(1, 7))
        {
            await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, $"gad7.{n}", AnswerKind.Answered, n <= 5 ? 2 : 0, CancellationToken.None));
        }

        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None));

        await using var db = app.CreateDb();
        var saved = await db.Assessments.SingleAsync(a => a.Id == id);
        Assert.Equal((10, "Moderate", true), (saved.Total, saved.Band, saved.IsComplete));
        var refusal = await Assert.ThrowsAsync<AssessmentChangedException>(() =>
            app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, "gad7.1", AnswerKind.Answered, 3, CancellationToken.None)));
        Assert.Equal(AssessmentChangedException.Finished, refusal.Message);
    }

    [Fact]
    public async Task A_supervisor_signs_off_and_a_correction_is_a_new_version_that_keeps_the_original()
    {
        var (amira, id) = await StartAsync(K6.Code);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        foreach (var n in Enumerable.Range(1, 6))
        {
            await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, $"k6.{n}", AnswerKind.Answered, 1, CancellationToken.None));
        }

        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None));
        var version = (await LoadAsync(dana, id)).Version;
        var byCaseworker = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.SignOffAsync(amira, id, null, version, CancellationToken.None));
        var signed = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.SignOffAsync(dana, id, "Reviewed with Amira.", version, CancellationToken.None));
        var correction = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CorrectAsync(amira, id, "Question 2 was misheard", CancellationToken.None));
        await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, correction.Id!.Value, "k6.2", AnswerKind.Answered, 3, CancellationToken.None));

        Assert.Equal("Only a supervisor can sign off an assessment.", byCaseworker.Problem);
        Assert.True(signed.Saved);
        var original = await LoadAsync(amira, id);
        var corrected = await LoadAsync(amira, correction.Id!.Value);
        Assert.Equal(AssessmentStatus.Reviewed, original.Status);
        Assert.Equal(6, original.Result.Total);
        Assert.Equal(correction.Id, original.CorrectedByAssessmentId);
        Assert.Equal(id, corrected.CorrectsAssessmentId);
        Assert.Equal(8, corrected.Result.Total);
        Assert.Equal(AssessmentStatus.Draft, corrected.Status);
    }

    [Fact]
    public async Task Assessments_are_case_content_court_support_administrators_and_other_caseworkers_cannot_open_them()
    {
        var (_, id) = await StartAsync(Phq9.Code);
        foreach (var person in new[] { DemoPeople.CourtSupport, DemoPeople.Administrator, DemoPeople.OtherCaseworker })
        {
            var staff = await app.StaffAsync(person);

            Assert.Null(await app.RunAsync<AssessmentQuery, AssessmentView?>(q => q.OpenAsync(staff, id, recordView: true, CancellationToken.None)));
            await Assert.ThrowsAnyAsync<Exception>(() => app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(staff, id, "phq9.1", AnswerKind.Answered, 1, CancellationToken.None)));
        }

        // Three refused openings and three refused answers, each naming the assessment and none filed in the family's own trail.
        await using var db = app.CreateDb();
        var refusals = await db.AuditEvents.Where(e => e.RecordType == "Assessment" && e.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditAction.AccessRefused).ToListAsync();
        Assert.Equal(6, refusals.Count);
        Assert.All(refusals, r => Assert.Null(r.FamilyId));
    }

    [Fact]
    public async Task The_next_check_in_is_due_ninety_days_after_the_last_one_and_shows_as_overdue_on_the_caseload()
    {
        var (amira, id) = await StartAsync(FamilyNeedsCheckIn.Code, memberIndex: 1);
        await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, "checkin.practical", AnswerKind.Answered, 2, CancellationToken.None));
        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None));
        int familyId, memberId;
        await using (var db = app.CreateDb())
        {
            var assessment = await db.Assessments.SingleAsync(a => a.Id == id);
            (familyId, memberId) = (assessment.FamilyId, assessment.FamilyMemberId);
            var completed = assessment.CompletedAtUtc!.Value;
            var member = await app.RunAsync<MemberAssessmentsQuery, MemberAssessments?>(q => q.ExecuteAsync(amira, familyId, memberId, CancellationToken.None));
            var localDay = DateOnly.FromDateTime(app.Services.GetRequiredService<AgencyTime>().ToLocal(completed));
            Assert.Equal(localDay.AddDays(90), member!.NextCheckInDue);
            Assert.Equal(2, Assert.Single(member.CheckIns).Domains["checkin.practical"].Single().Value);

            // The same check-in, as if done 100 days ago.
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Assessments SET CompletedAtUtc = {completed.AddDays(-100)} WHERE Id = {id}");
        }

        var caseload = await app.RunAsync<Features.Caseload.CaseloadQuery, Features.Caseload.CaseloadResult>(q =>
            q.ExecuteAsync(amira, new Features.Caseload.CaseloadRequest(null, Features.Caseload.CaseloadSort.FileNumber, false, 0, 100), CancellationToken.None));
        Assert.Equal(1, caseload.Rows.Single(r => r.Id == familyId).OverdueCheckIns);
    }

    [Fact]
    public async Task An_answer_saved_after_the_page_was_read_stops_a_stale_finish_and_a_safety_check_is_recorded_once()
    {
        var (amira, id) = await StartAsync(Phq9.Code, memberIndex: 1);
        await using var db = app.CreateDb();
        var stale = await db.Assessments.SingleAsync(a => a.Id == id);

        await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(amira, id, Phq9.CriticalItem, AnswerKind.Answered, 2, CancellationToken.None));
        stale.Status = AssessmentStatus.Completed;
        db.Actor = new FamilyCase.Data.Auditing.AuditActor(amira.StaffId, amira.DisplayName);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        var alertId = (await LoadAsync(amira, id)).Alerts.Single().Id;
        var first = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.RecordSafetyActionAsync(amira, id, alertId, "Safety plan made together; crisis line given.", CancellationToken.None));
        var second = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.RecordSafetyActionAsync(amira, id, alertId, "Something different written later in another tab.", CancellationToken.None));
        Assert.True(first.Saved);
        Assert.Equal("A safety check was already recorded for this alert; it is kept as it was written.", second.Problem);
        Assert.Equal("Safety plan made together; crisis line given.", (await LoadAsync(amira, id)).Alerts.Single().ActionTaken);
    }

    [Fact]
    public async Task The_identified_child_is_not_assessed_here()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var child = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == MemberRole.IdentifiedChild).Select(m => m.Id).SingleAsync();

        var refused = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, child, FamilyNeedsCheckIn.Code, CancellationToken.None));

        Assert.False(refused.Saved);
        Assert.StartsWith("FamilyCase does not assess the identified child", refused.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pcl5_keeps_the_cut_point_it_was_scored_with_and_shows_the_change_since_the_last_one()
    {
        var (amira, first) = await StartAsync(Pcl5.Code, memberIndex: 2);
        await AnswerAllAsync(amira, first, Pcl5.Definition, 1);
        await app.RunAsync<AssessmentCommands, bool>(async c => { await c.DetailsAsync(amira, first, "English", AdministrationMode.WorkerAdministered, "what happened to my son", CancellationToken.None); return true; });
        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, first, CancellationToken.None));
        int memberId;
        await using (var db = app.CreateDb())
        {
            memberId = (await db.Assessments.SingleAsync(a => a.Id == first)).FamilyMemberId;
            Assert.Equal(33, (await db.Assessments.SingleAsync(a => a.Id == first)).CutPoint);
        }

        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var second = (await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, memberId, Pcl5.Code, CancellationToken.None))).Id!.Value;
        await AnswerAllAsync(amira, second, Pcl5.Definition, 2);
        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, second, CancellationToken.None));

        var view = await LoadAsync(amira, second);
        Assert.Equal((40, 20, 20), (view.Result.Total!.Value, view.PreviousTotal!.Value, view.Change!.Value));
        Assert.True(view.ChangeIsMeaningful);
        Assert.True(view.Result.Pcl5!.ProvisionalByCutPoint);
        Assert.Equal("what happened to my son", (await LoadAsync(amira, first)).StressfulExperience);
    }

    [Fact]
    public async Task Court_support_never_sees_overdue_check_in_counts()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        int familyId, memberId;
        await using (var db = app.CreateDb())
        {
            // A family both of them work with: Amira as caseworker, Grace in court.
            familyId = await db.Assignments.Where(a => a.StaffMemberId == grace.StaffId && a.EndedAtUtc == null
                    && db.Assignments.Any(b => b.FamilyId == a.FamilyId && b.StaffMemberId == amira.StaffId && b.EndedAtUtc == null))
                .Select(a => a.FamilyId).FirstAsync();
            memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == MemberRole.Parent).Select(m => m.Id).FirstAsync();
        }

        var id = (await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, memberId, FamilyNeedsCheckIn.Code, CancellationToken.None))).Id!.Value;
        await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None));
        await using (var db = app.CreateDb())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Assessments SET CompletedAtUtc = {DateTime.UtcNow.AddDays(-120)} WHERE Id = {id}");
        }

        var request = new Features.Caseload.CaseloadRequest(null, Features.Caseload.CaseloadSort.FileNumber, false, 0, 100);
        var forAmira = await app.RunAsync<Features.Caseload.CaseloadQuery, Features.Caseload.CaseloadResult>(q => q.ExecuteAsync(amira, request, CancellationToken.None));
        var forGrace = await app.RunAsync<Features.Caseload.CaseloadQuery, Features.Caseload.CaseloadResult>(q => q.ExecuteAsync(grace, request, CancellationToken.None));

        Assert.True(forAmira.Rows.Single(r => r.Id == familyId).OverdueCheckIns >= 1);
        Assert.Equal(0, forGrace.Rows.Single(r => r.Id == familyId).OverdueCheckIns);
    }

    private async Task AnswerAllAsync(SignedInStaff staff, int id, InstrumentDefinition instrument, int value)
    {
        foreach (var item in instrument.ScoredItems)
        {
            await app.RunAsync<AssessmentCommands, AlertKind?>(c => c.AnswerAsync(staff, id, item.Key, AnswerKind.Answered, value, CancellationToken.None));
        }
    }

    private async Task<(SignedInStaff Staff, int AssessmentId)> StartAsync(string code, int memberIndex = 0)
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var instrument = InstrumentCatalog.Standard.Latest(code);
        var today = app.Services.GetRequiredService<AgencyTime>().Today(TimeProvider.System);
        var members = await db.FamilyMembers.Where(m => m.FamilyId == familyId).OrderBy(m => m.Id).ToListAsync();
        var memberId = members.Where(m => AssessmentEligibility.WhyNot(m, instrument, today, AssessmentRules.Default) is null).Skip(memberIndex).First().Id;
        var started = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, memberId, code, CancellationToken.None));
        return (amira, started.Id!.Value);
    }

    private async Task<AssessmentView> LoadAsync(SignedInStaff staff, int id) =>
        (await app.RunAsync<AssessmentQuery, AssessmentView?>(q => q.LoadAsync(staff, id, CancellationToken.None)))!;
}
