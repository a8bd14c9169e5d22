using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Emergency;

public sealed class EmergencyAccessTests(EmergencyAccessTests.App app) : IClassFixture<EmergencyAccessTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    private const string Reason = "Mother called the after-hours line in crisis; her worker is away.";

    [Fact]
    public async Task A_caseworker_opens_a_family_of_her_own_team_the_reason_is_in_the_audit_event_and_her_supervisor_must_acknowledge_it()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var family = await UnassignedFamilyAsync(amira, amira.TeamId!.Value);

        Assert.Equal(BreakGlassOutcome.Open, (await OptionAsync(amira, family)).Outcome);
        var opened = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(amira, family, Reason, CancellationToken.None));

        Assert.True(opened.Saved, opened.Problem);
        Assert.NotNull((await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, family, CancellationToken.None)))?.Header.EmergencyAccessUntilUtc);
        await using var db = app.CreateDb();
        var audited = await db.AuditEvents.SingleAsync(e => e.Action == AuditAction.EmergencyAccess && e.RecordId == opened.Id.ToString() && e.ActorStaffId == amira.StaffId);
        Assert.Contains(Reason, audited.Detail, StringComparison.Ordinal);
        var panel = await OversightAsync(dana);
        var row = Assert.Single(panel.ToAcknowledge, a => a.Id == opened.Id);
        Assert.NotNull(row.FamilyName);

        var acknowledged = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.AcknowledgeAsync(dana, opened.Id!.Value, CancellationToken.None));

        Assert.True(acknowledged.Saved, acknowledged.Problem);
        Assert.DoesNotContain((await OversightAsync(dana)).ToAcknowledge, a => a.Id == opened.Id);
    }

    [Fact]
    public async Task For_another_teams_family_a_caseworker_asks_and_only_that_teams_supervisor_can_grant_then_her_own_supervisor_acknowledges()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var marc = await app.StaffAsync("marc");
        var peelFamily = await app.FamilyOfAsync(DemoPeople.OtherCaseworker);

        var option = await OptionAsync(amira, peelFamily);
        Assert.Equal(BreakGlassOutcome.AskSupervisor, option.Outcome);
        Assert.Contains("another team", option.Explanation, StringComparison.Ordinal);
        Assert.False((await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(amira, peelFamily, Reason, CancellationToken.None))).Saved);

        var asked = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.RequestAsync(amira, peelFamily, Reason, CancellationToken.None));
        Assert.True(asked.Saved, asked.Problem);
        Assert.Equal(RequestStatus.Pending, (await OptionAsync(amira, peelFamily)).LatestRequest);
        Assert.DoesNotContain((await OversightAsync(dana)).Requests, r => r.Id == asked.Id);
        Assert.False((await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.DecideRequestAsync(dana, asked.Id!.Value, true, null, CancellationToken.None))).Saved);
        Assert.Null(await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, peelFamily, CancellationToken.None)));

        Assert.Single((await OversightAsync(marc)).Requests, r => r.Id == asked.Id);
        var granted = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.DecideRequestAsync(marc, asked.Id!.Value, true, null, CancellationToken.None));

        Assert.True(granted.Saved, granted.Problem);
        Assert.NotNull(await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, peelFamily, CancellationToken.None)));
        var forDana = Assert.Single((await OversightAsync(dana)).ToAcknowledge, a => a.FamilyId == peelFamily);
        Assert.Null(forDana.FamilyName);
        Assert.Equal("Marc Ouellette", forDana.GrantedBy);
        Assert.DoesNotContain((await OversightAsync(marc)).ToAcknowledge, a => a.FamilyId == peelFamily);
    }

    [Fact]
    public async Task A_closed_family_needs_a_supervisor_and_court_support_and_administrators_cannot_use_emergency_access()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var family = await UnassignedFamilyAsync(amira, amira.TeamId!.Value);
        await using (var db = app.CreateDb())
        {
            await db.Families.Where(f => f.Id == family).ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FamilyStatus.Closed));
        }

        try
        {
            var option = await OptionAsync(amira, family);
            Assert.Equal(BreakGlassOutcome.AskSupervisor, option.Outcome);
            Assert.Contains("closed", option.Explanation, StringComparison.Ordinal);
            Assert.Equal(BreakGlassOutcome.Refused, (await OptionAsync(grace, family)).Outcome);
            Assert.Equal(BreakGlassOutcome.Refused, (await OptionAsync(sam, family)).Outcome);
            Assert.False((await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.RequestAsync(grace, family, Reason, CancellationToken.None))).Saved);
        }
        finally
        {
            await using var db = app.CreateDb();
            await db.Families.Where(f => f.Id == family).ExecuteUpdateAsync(f => f.SetProperty(x => x.Status, FamilyStatus.Active));
        }
    }

    [Fact]
    public async Task A_reason_of_a_few_words_is_asked_for_again_at_the_field()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var family = await UnassignedFamilyAsync(amira, amira.TeamId!.Value);

        var outcome = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(amira, family, "urgent", CancellationToken.None));

        Assert.False(outcome.Saved);
        Assert.Equal("Please give a little more detail (at least 10 characters).", outcome.Problem);
    }

    private async Task<int> UnassignedFamilyAsync(SignedInStaff staff, int teamId)
    {
        await using var db = app.CreateDb();
        return await db.Families
            .Where(f => f.TeamId == teamId && f.Status != FamilyStatus.Closed && !f.Assignments.Any(a => a.StaffMemberId == staff.StaffId && a.EndedAtUtc == null))
            .OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
    }

    private Task<EmergencyOption> OptionAsync(SignedInStaff staff, int familyId) =>
        app.RunAsync<EmergencyAccessCommands, EmergencyOption>(c => c.OptionAsync(staff, familyId, CancellationToken.None));

    private Task<EmergencyOversight> OversightAsync(SignedInStaff supervisor) =>
        app.RunAsync<EmergencyAccessQuery, EmergencyOversight>(q => q.ExecuteAsync(supervisor, CancellationToken.None));
}
