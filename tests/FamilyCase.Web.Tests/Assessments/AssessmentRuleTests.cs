using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Assessments;

public sealed class AssessmentRuleTests(AssessmentRuleTests.App app) : IClassFixture<AssessmentRuleTests.App>
{
    /// <summary>The app with a second version of the PHQ-9 in its catalogue, as an agency would add a revised wording.</summary>
    public sealed class App : FamilyCaseAppFactory
    {
        public static readonly InstrumentDefinition Phq9Version2 = Phq9.Definition with { Version = "2.0", Title = "Patient Health Questionnaire (PHQ-9), revised" };

        public App() => ConfigureTestServices = services => services.AddSingleton(InstrumentCatalog.Standard.With(Phq9Version2));
    }

    [Fact]
    public async Task A_supervisor_cannot_sign_off_an_assessment_they_gave_themselves()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var (familyId, memberId) = await AdultAsync(DemoPeople.Caseworker);
        var id = await StartAsync(dana, familyId, memberId, Gad7.Code);
        foreach (var item in Gad7.Definition.ScoredItems)
        {
            await app.RunAsync<AssessmentCommands, Domain.Assessments.Scoring.AlertKind?>(c => c.AnswerAsync(dana, id, item.Key, AnswerKind.Answered, 1, CancellationToken.None));
        }

        Assert.True((await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(dana, id, CancellationToken.None))).Saved);
        var view = (await app.RunAsync<AssessmentQuery, AssessmentView?>(q => q.LoadAsync(dana, id, CancellationToken.None)))!;
        var signed = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.SignOffAsync(dana, id, null, view.Version, CancellationToken.None));

        Assert.False(signed.Saved);
        Assert.StartsWith("You gave this assessment yourself", signed.Problem, StringComparison.Ordinal);
        var dashboard = (await app.RunAsync<DashboardQuery, DashboardView?>(q => q.ExecuteAsync(dana, CancellationToken.None)))!;
        var waiting = Assert.Single(dashboard.Items(DashboardPanel.AwaitingSignOff), r => r.ItemId == id);
        Assert.EndsWith("you gave it, so another supervisor signs it off", DashboardWords.What(DashboardPanel.AwaitingSignOff, waiting), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_assessments_use_the_newest_version_old_results_keep_theirs_and_trends_never_mix_them()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        int familyId, memberId, oldId;
        await using (var db = app.CreateDb())
        {
            var old = await db.Assessments.Where(a => a.InstrumentCode == Phq9.Code && a.Total != null).OrderBy(a => a.Id).FirstAsync();
            (familyId, memberId, oldId) = (old.FamilyId, old.FamilyMemberId, old.Id);
        }

        var id = await StartAsync(amira, familyId, memberId, Phq9.Code);
        foreach (var item in Phq9.Definition.Items)
        {
            await app.RunAsync<AssessmentCommands, Domain.Assessments.Scoring.AlertKind?>(c => c.AnswerAsync(amira, id, item.Key, AnswerKind.Answered, 0, CancellationToken.None));
        }

        Assert.True((await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.CompleteAsync(amira, id, CancellationToken.None))).Saved);
        var fresh = (await app.RunAsync<AssessmentQuery, AssessmentView?>(q => q.LoadAsync(amira, id, CancellationToken.None)))!;
        var earlier = (await app.RunAsync<AssessmentQuery, AssessmentView?>(q => q.LoadAsync(amira, oldId, CancellationToken.None)))!;
        var person = (await app.RunAsync<MemberAssessmentsQuery, MemberAssessments?>(q => q.ExecuteAsync(amira, familyId, memberId, CancellationToken.None)))!;

        Assert.Equal("2.0", fresh.Instrument.Version);
        Assert.Equal("1.0", earlier.Instrument.Version);
        Assert.Null(fresh.PreviousTotal);
        var phq9Trends = person.Totals.Where(t => t.Instrument.Code == Phq9.Code).ToList();
        Assert.Equal(["1.0", "2.0"], phq9Trends.Select(t => t.Instrument.Version).Order(StringComparer.Ordinal));
        Assert.Equal(id, Assert.Single(phq9Trends.Single(t => t.Instrument.Version == "2.0").Points).AssessmentId);
        Assert.Contains(person.Assessments, a => a.Id == oldId && a.Instrument == "PHQ-9 (version 1.0)");
    }

    [Fact]
    public async Task A_young_sibling_is_not_offered_the_adult_screens_and_is_asked_the_check_in_in_their_own_wording()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var sibling = await app.RunAsync<Features.Members.MemberCommands, SaveOutcome>(c => c.AddAsync(amira, familyId, new Features.Members.MemberForm
        {
            Role = MemberRole.Sibling, Relationship = "Older sister", FirstName = "Noa", LastName = "Test", DateOfBirth = DateTime.Today.AddYears(-15),
        }, CancellationToken.None));

        var pcl5 = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(amira, familyId, sibling.Id!.Value, Pcl5.Code, CancellationToken.None));
        var person = (await app.RunAsync<MemberAssessmentsQuery, MemberAssessments?>(q => q.ExecuteAsync(amira, familyId, sibling.Id!.Value, CancellationToken.None)))!;
        var checkIn = await StartAsync(amira, familyId, sibling.Id!.Value, FamilyNeedsCheckIn.Code);
        var view = (await app.RunAsync<AssessmentQuery, AssessmentView?>(q => q.LoadAsync(amira, checkIn, CancellationToken.None)))!;

        Assert.Equal("The PCL-5 is for people aged 18 and over.", pcl5.Problem);
        Assert.Equal("The PCL-5 is for people aged 18 and over.", person.Instruments.Single(i => i.Instrument.Code == Pcl5.Code).WhyNot);
        Assert.Null(person.Instruments.Single(i => i.Instrument.Code == Phq9.Code).WhyNot);
        Assert.Equal(CheckInWording.SiblingOrRelative, view.Wording);
        Assert.Equal("How are the other young people at home doing, and how are things between you?", view.Instrument.Item("checkin.children").TextFor(view.Wording));
    }

    [Fact]
    public async Task The_pcl5_experience_is_limited_to_200_characters_and_a_check_in_note_to_its_column_on_the_server()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, memberId) = await AdultAsync(DemoPeople.Caseworker);
        var pcl5 = await StartAsync(amira, familyId, memberId, Pcl5.Code);
        var checkIn = await StartAsync(amira, familyId, memberId, FamilyNeedsCheckIn.Code);

        var experience = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.DetailsAsync(amira, pcl5, "English", AdministrationMode.WorkerAdministered, new string('a', 201), CancellationToken.None));
        var note = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.NoteAsync(amira, checkIn, FamilyNeedsCheckIn.OwnWordsKey("checkin.safety"), new string('b', 2001), CancellationToken.None));

        Assert.Equal("The stressful experience can be at most 200 characters; this has 201.", experience.Problem);
        Assert.Equal("A note can be at most 2000 characters; this has 2001.", note.Problem);
        await using var db = app.CreateDb();
        Assert.Null((await db.Assessments.SingleAsync(a => a.Id == pcl5)).StressfulExperience);
        Assert.False(await db.AssessmentAnswers.AnyAsync(a => a.AssessmentId == checkIn));
    }

    private async Task<int> StartAsync(SignedInStaff staff, int familyId, int memberId, string code)
    {
        var started = await app.RunAsync<AssessmentCommands, SaveOutcome>(c => c.StartAsync(staff, familyId, memberId, code, CancellationToken.None));
        return started.Saved ? started.Id!.Value : throw new InvalidOperationException(started.Problem);
    }

    private async Task<(int FamilyId, int MemberId)> AdultAsync(string caseworker)
    {
        var familyId = await app.FamilyOfAsync(caseworker);
        await using var db = app.CreateDb();
        var memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId && m.Role == MemberRole.Parent && m.DateOfBirth != null && m.DateOfBirth < new DateOnly(2000, 1, 1))
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        return (familyId, memberId);
    }
}
