using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Plans;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Plans;

/// <summary>Goals from the check-in, referrals with consent and status rules, and who keeps the directory.</summary>
public sealed class PlanCommandTests(PlanCommandTests.App app) : IClassFixture<PlanCommandTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    private const string Warsame = "FC-2026-00057";
    private const string PeerCircle = "Parents Together peer support circle";
    private const string Harbourlight = "Harbourlight Family Support Network";

    [Fact]
    public async Task A_referral_that_shares_information_waits_for_the_person_s_consent_to_that_organisation()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, abdirahman) = await app.PersonAsync(Warsame, "Abdirahman");
        var form = await ReferralFormAsync(amira, abdirahman, PeerCircle);

        var refused = await SaveAsync(amira, familyId, form);
        Assert.Equal($"No consent from Abdirahman to share information with {Harbourlight} is recorded. Ask them and record it on the Consent tab (Share with a named provider, naming {Harbourlight}), or let them refer themselves.", refused.Problem);

        var consent = await app.RunAsync<ConsentCommands, SaveOutcome>(c => c.RecordAsync(amira, familyId,
            new ConsentForm { MemberId = abdirahman, Scope = ConsentScope.ShareWithProvider, Recipient = Harbourlight, DecidedOn = AgencyDay.TodayAsDateTime, Note = "Agreed at the home visit." }, CancellationToken.None));
        Assert.True(consent.Saved, consent.Problem);
        var check = await app.RunAsync<ReferralCommands, ConsentCheck?>(c => c.ConsentAsync(amira, familyId, form, CancellationToken.None));
        Assert.True(check!.MaySend);

        var saved = await SaveAsync(amira, familyId, form);
        Assert.True(saved.Saved, saved.Problem);

        // Moving the referral to someone who never agreed asks for their consent too.
        var (_, ubah) = await app.PersonAsync(Warsame, "Ubah");
        var toUbah = await MoveAsync(amira, familyId, saved.Id!.Value, f => f.MemberId = ubah);
        Assert.StartsWith("No consent from Ubah to share information with", toUbah.Problem, StringComparison.Ordinal);
        var note = await MoveAsync(amira, familyId, saved.Id!.Value, f => f.StatusNote = "Called: the circle starts in January");
        Assert.Equal("A note on the status is kept with a change of status. The status has not changed: please put the note in the outcome, or choose the new status.", note.Problem);
    }

    [Fact]
    public async Task A_self_referral_needs_no_consent_and_a_completed_referral_is_corrected_by_a_new_entry_never_moved_back()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, mahad) = await app.PersonAsync(Warsame, "Mahad");
        var form = await ReferralFormAsync(amira, mahad, "Harbourlight teen sibling circle", ServiceKind.SiblingSupport);
        form.SharesInformation = false;
        var id = (await SaveAsync(amira, familyId, form)).Id!.Value;

        Assert.True((await MoveAsync(amira, familyId, id, f => f.Status = ReferralStatus.Active)).Saved);
        Assert.True((await MoveAsync(amira, familyId, id, f => f.Status = ReferralStatus.Completed)).Saved);
        var back = await MoveAsync(amira, familyId, id, f => f.Status = ReferralStatus.Pending);
        var corrected = await MoveAsync(amira, familyId, id, f => { f.Status = ReferralStatus.Active; f.Correcting = true; f.StatusNote = "Marked completed by mistake: he still goes on Thursdays"; });

        Assert.StartsWith("This referral has ended (completed), so it cannot move back.", back.Problem, StringComparison.Ordinal);
        Assert.True(corrected.Saved, corrected.Problem);
        await using var db = app.CreateDb();
        var referral = await db.Referrals.Include(r => r.Steps).SingleAsync(r => r.Id == id);
        Assert.Equal(ReferralStatus.Active, referral.Status);
        Assert.Equal([ReferralStatus.Pending, ReferralStatus.Active, ReferralStatus.Completed, ReferralStatus.Active], referral.Steps.OrderBy(s => s.Id).Select(s => s.Status));
        Assert.True(referral.Steps.OrderBy(s => s.Id).Last().Correction);
        Assert.Equal(0, referral.WaitDays);
    }

    [Fact]
    public async Task A_referral_s_status_history_cannot_be_rewritten_or_removed_even_by_the_database_layer()
    {
        await using var db = app.CreateDb();
        db.Actor = new FamilyCase.Data.Auditing.AuditActor(null, "Test");
        var step = await db.ReferralSteps.OrderBy(s => s.Id).FirstAsync();
        step.Note = "Rewritten";
        var rewrite = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.ReferralSteps.Remove(await db.ReferralSteps.OrderBy(s => s.Id).FirstAsync());
        var removal = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("A referral's status history is append-only: corrections are new entries.", rewrite.Message);
        Assert.Equal(rewrite.Message, removal.Message);
    }

    [Fact]
    public async Task A_retired_program_takes_no_new_referrals_but_keeps_those_it_has()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var (familyId, sagal) = await app.PersonAsync(Warsame, "Sagal");
        var form = await ReferralFormAsync(amira, sagal, "Harbourlight children's sibling group (ages 6 to 11)", ServiceKind.SiblingSupport);
        form.SharesInformation = false;
        var kept = (await SaveAsync(amira, familyId, form)).Id!.Value;

        Assert.True((await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SetProgramRetiredAsync(sam, form.ProgramId!.Value, true, CancellationToken.None))).Saved);
        var again = await SaveAsync(amira, familyId, await ReferralFormAsync(amira, sagal, "Harbourlight children's sibling group (ages 6 to 11)", ServiceKind.SiblingSupport, shares: false));
        var update = await MoveAsync(amira, familyId, kept, f => f.Status = ReferralStatus.Waitlisted);
        Assert.True((await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SetProgramRetiredAsync(sam, form.ProgramId!.Value, false, CancellationToken.None))).Saved);

        Assert.EndsWith("has been retired from the directory, so no new referrals can be made to it. Please choose another program.", again.Problem, StringComparison.Ordinal);
        Assert.True(update.Saved, update.Problem);

        // Retiring the whole organisation closes its other programs to new referrals too, and bringing it back opens them again.
        var organisation = (await app.RunAsync<DirectoryCommands, OrganisationForm?>(c => c.LoadOrganisationAsync(sam, OrganisationOf(form.ProgramId!.Value), CancellationToken.None)))!;
        var loaded = organisation.Copy();
        organisation.Retired = true;
        Assert.True((await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(sam, organisation, loaded, CancellationToken.None))).Saved);
        var toSibling = await SaveAsync(amira, familyId, await ReferralFormAsync(amira, sagal, "Harbourlight teen sibling circle", ServiceKind.SiblingSupport, shares: false));
        Assert.EndsWith("has been retired from the directory, so no new referrals can be made to it. Please choose another program.", toSibling.Problem, StringComparison.Ordinal);
        var retired = (await app.RunAsync<DirectoryCommands, OrganisationForm?>(c => c.LoadOrganisationAsync(sam, organisation.Id, CancellationToken.None)))!;
        Assert.True(retired.Retired);
        var again2 = retired.Copy();
        retired.Retired = false;
        Assert.True((await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(sam, retired, again2, CancellationToken.None))).Saved);
    }

    [Fact]
    public async Task The_check_in_s_suggestion_is_accepted_as_a_goal_or_declined_and_then_not_offered_again()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, ubah) = await app.PersonAsync(Warsame, "Ubah");
        var before = (await app.RunAsync<PlanQuery, MemberPlan?>(q => q.ForMemberAsync(amira, familyId, ubah, CancellationToken.None)))!;
        var services = Assert.Single(before.Suggestions);
        Assert.Equal(("checkin.services", 2), (services.DomainKey, services.Rating));

        var declined = await app.RunAsync<GoalCommands, SaveOutcome>(c => c.DeclineSuggestionAsync(amira, familyId, ubah, services.AssessmentId, services.DomainKey, CancellationToken.None));
        var twice = await app.RunAsync<GoalCommands, SaveOutcome>(c => c.AcceptSuggestionAsync(amira, familyId, ubah, services.AssessmentId, services.DomainKey, CancellationToken.None));

        Assert.True(declined.Saved, declined.Problem);
        Assert.Equal("This suggestion has already been answered, or the check-in has changed. The plan now shows what is still open.", twice.Problem);
        Assert.Empty((await app.RunAsync<PlanQuery, MemberPlan?>(q => q.ForMemberAsync(amira, familyId, ubah, CancellationToken.None)))!.Suggestions);
        await using var db = app.CreateDb();
        await db.DeclinedSuggestions.Where(d => d.FamilyMemberId == ubah).ExecuteDeleteAsync();
        var accepted = await app.RunAsync<GoalCommands, SaveOutcome>(c => c.AcceptSuggestionAsync(amira, familyId, ubah, services.AssessmentId, services.DomainKey, CancellationToken.None));
        Assert.True(accepted.Saved, accepted.Problem);
        var goal = await db.Goals.SingleAsync(g => g.Id == accepted.Id);
        Assert.Equal((services.SuggestedGoal, (int?)services.AssessmentId, GoalStatus.Active), (goal.InTheirWords, goal.SourceAssessmentId, goal.Status));
        await db.Goals.Where(g => g.Id == goal.Id).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task When_two_people_edit_one_goal_the_second_is_told_what_changed_and_keeps_their_words()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var (familyId, abdirahman) = await app.PersonAsync(Warsame, "Abdirahman");
        var goalId = await GoalOfAsync(abdirahman);
        var hers = (await app.RunAsync<GoalCommands, GoalForm?>(c => c.LoadAsync(amira, familyId, goalId, CancellationToken.None)))!;
        var his = (await app.RunAsync<GoalCommands, GoalForm?>(c => c.LoadAsync(dana, familyId, goalId, CancellationToken.None)))!;
        var hersLoaded = hers.Copy();
        var hisLoaded = his.Copy();

        hers.TargetOn = AgencyDay.TodayAsDateTime.AddDays(30);
        his.InTheirWords = "Know who to call at the police, in Somali, and what comes next";
        Assert.True((await app.RunAsync<GoalCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, hers, hersLoaded, CancellationToken.None))).Saved);
        var second = await app.RunAsync<GoalCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, his, hisLoaded, CancellationToken.None));

        Assert.True(second.IsConflict);
        Assert.Equal(["Target date"], second.Conflicts.Select(c => c.Field));
        Assert.Equal("Know who to call at the police, in Somali, and what comes next", his.InTheirWords);
    }

    private async Task<int> GoalOfAsync(int memberId)
    {
        await using var db = app.CreateDb();
        return await db.Goals.Where(g => g.FamilyMemberId == memberId).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync();
    }

    [Fact]
    public async Task The_identified_child_has_no_goals_or_referrals_here()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, hodan) = await app.PersonAsync(Warsame, "Hodan");
        var goal = await app.RunAsync<GoalCommands, SaveOutcome>(c =>
        {
            var form = c.New(hodan);
            form.DomainKey = "checkin.support";
            form.InTheirWords = "See friends again";
            return c.SaveAsync(amira, familyId, form, null, CancellationToken.None);
        });

        Assert.Equal(PlanEligibility.WhyNot(Domain.Families.MemberRole.IdentifiedChild), goal.Problem);
    }

    [Fact]
    public async Task Only_the_people_who_keep_the_directory_change_it_and_a_refusal_is_audited()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var form = new OrganisationForm { Name = "Lakeview Family Resource Centre (invented)", Phone = "905-555-0177" };

        var byCaseworker = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(amira, form, null, CancellationToken.None));
        var bySupervisor = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(dana, form, null, CancellationToken.None));
        var byAdministrator = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(sam, form, null, CancellationToken.None));
        var duplicate = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(sam, form, null, CancellationToken.None));

        Assert.Equal("Only the people who keep the service directory can change it.", byCaseworker.Problem);
        Assert.Equal(byCaseworker.Problem, bySupervisor.Problem);
        Assert.True(byAdministrator.Saved, byAdministrator.Problem);
        Assert.Equal("The directory already has an organisation called Lakeview Family Resource Centre (invented).", duplicate.Problem);
        await using var db = app.CreateDb();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessRefused && e.RecordType == "ServiceOrganisation"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Change && e.RecordType == "ServiceOrganisation" && e.ActorStaffId == sam.StaffId));
    }

    [Fact]
    public async Task An_administrator_sets_the_area_a_team_serves_and_nobody_else_can()
    {
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);

        var byDana = await app.RunAsync<Features.Administration.TeamAreaCommands, SaveOutcome>(c => c.SetAreaAsync(dana, dana.TeamId!.Value, "Durham", CancellationToken.None));
        var unknown = await app.RunAsync<Features.Administration.TeamAreaCommands, SaveOutcome>(c => c.SetAreaAsync(sam, dana.TeamId!.Value, "Atlantis", CancellationToken.None));
        var bySam = await app.RunAsync<Features.Administration.TeamAreaCommands, SaveOutcome>(c => c.SetAreaAsync(sam, dana.TeamId!.Value, "durham", CancellationToken.None));

        Assert.Equal("Only an administrator can change a team's area.", byDana.Problem);
        Assert.Equal("'Atlantis' is not one of the agency's areas.", unknown.Problem);
        Assert.True(bySam.Saved, bySam.Problem);
        await using var db = app.CreateDb();
        Assert.Equal("Durham", await db.Teams.Where(t => t.Id == dana.TeamId).Select(t => t.Area).SingleAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.RecordType == "Team" && e.Detail == "Changed area Toronto to Durham"));
        Assert.True((await app.RunAsync<Features.Administration.TeamAreaCommands, SaveOutcome>(c => c.SetAreaAsync(sam, dana.TeamId!.Value, "Toronto", CancellationToken.None))).Saved);
    }

    [Fact]
    public async Task Supervisors_keep_the_directory_when_the_agency_allows_it()
    {
        await using var allowing = new FamilyCaseAppFactory(new Dictionary<string, string?> { [DirectorySettings.SupervisorsMayManageKey] = "true" });
        var dana = await allowing.StaffAsync(DemoPeople.Supervisor);

        var saved = await allowing.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveOrganisationAsync(dana, new OrganisationForm { Name = "Northshore Parents' Network (invented)" }, null, CancellationToken.None));

        Assert.True(saved.Saved, saved.Problem);
    }

    [Fact]
    public async Task Program_checks_are_made_on_the_server_with_plain_messages()
    {
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var organisation = await FirstOrganisationAsync();
        var form = new ProgramForm { OrganisationId = organisation, Name = "Weekend drop-in", Kinds = [ServiceKind.ParentPeerSupport], Areas = ["Atlantis"], Languages = ["English"] };

        var unknownArea = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveProgramAsync(sam, form, null, CancellationToken.None));
        form.Areas = ["Peel"];
        form.TypicalWaitDays = -3;
        var negativeWait = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveProgramAsync(sam, form, null, CancellationToken.None));
        form.Name = new string('x', 201);
        form.TypicalWaitDays = 7;
        var longName = await app.RunAsync<DirectoryCommands, SaveOutcome>(c => c.SaveProgramAsync(sam, form, null, CancellationToken.None));

        Assert.Equal("'Atlantis' is not one of the agency's areas.", unknownArea.Problem);
        Assert.Equal("The typical wait is a number of days from 0 to 730.", negativeWait.Problem);
        Assert.Equal("The name can be at most 200 characters; this has 201.", longName.Problem);
    }

    private int OrganisationOf(int programId)
    {
        using var db = app.CreateDb();
        return db.ServicePrograms.Where(p => p.Id == programId).Select(p => p.OrganisationId).Single();
    }

    private async Task<int> FirstOrganisationAsync()
    {
        await using var db = app.CreateDb();
        return await db.ServiceOrganisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
    }

    private async Task<ReferralForm> ReferralFormAsync(SignedInStaff staff, int memberId, string programName, ServiceKind kind = ServiceKind.ParentPeerSupport, bool shares = true)
    {
        await using var db = app.CreateDb();
        var program = await db.ServicePrograms.Where(p => p.Name.StartsWith(programName)).Select(p => p.Id).FirstAsync();
        var form = await app.RunAsync<ReferralCommands, ReferralForm>(c => Task.FromResult(c.New(memberId)));
        form.ProgramId = program;
        form.Kind = kind;
        form.SharesInformation = shares;
        return form;
    }

    private Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, ReferralForm form) =>
        app.RunAsync<ReferralCommands, SaveOutcome>(c => c.SaveAsync(staff, familyId, form, null, CancellationToken.None));

    private async Task<SaveOutcome> MoveAsync(SignedInStaff staff, int familyId, int referralId, Action<ReferralForm> change)
    {
        var form = (await app.RunAsync<ReferralCommands, ReferralForm?>(c => c.LoadAsync(staff, familyId, referralId, CancellationToken.None)))!;
        var loaded = form.Copy();
        change(form);
        return await app.RunAsync<ReferralCommands, SaveOutcome>(c => c.SaveAsync(staff, familyId, form, loaded, CancellationToken.None));
    }
}
