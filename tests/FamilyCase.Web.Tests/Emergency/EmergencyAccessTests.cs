using System.Data.Common;
using FamilyCase.Data;
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
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Emergency;

public sealed class EmergencyAccessTests(EmergencyAccessTests.App app) : IClassFixture<EmergencyAccessTests.App>
{
    public sealed class App : FamilyCaseAppFactory
    {
        public App() => ConfigureTestServices = services => services.ConfigureDbContext<FamilyCaseDb>(options => options.AddInterceptors(CountsMeet));

        public CountsMeet CountsMeet { get; } = new();
    }

    /// <summary>
    /// Once armed, holds each count of today's grants until a second one has been made (or two seconds pass), so two
    /// requests that arrive together both count before either adds a grant, unless the command keeps them apart.
    /// </summary>
    public sealed class CountsMeet : DbCommandInterceptor
    {
        private TaskCompletionSource? _second;
        private int _counted;

        public void Arm()
        {
            _counted = 0;
            _second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (_second is { } second && command.CommandText.Contains("COUNT(*)", StringComparison.Ordinal) && command.CommandText.Contains("FROM \"EmergencyAccesses\"", StringComparison.Ordinal))
            {
                if (Interlocked.Increment(ref _counted) == 2)
                {
                    second.TrySetResult();
                }

                try
                {
                    await second.Task.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
                }
                catch (TimeoutException)
                {
                    // The other request is waiting for this one to finish: the command kept them apart.
                }
            }

            return result;
        }
    }

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

    [Fact]
    public async Task Opening_files_at_the_same_moment_never_passes_the_days_limit()
    {
        var jordan = await app.StaffAsync("jordan");
        var family = await UnassignedFamilyAsync(jordan, jordan.TeamId!.Value);
        for (var i = 0; i < 2; i++)
        {
            Assert.True((await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(jordan, family, Reason, CancellationToken.None))).Saved);
        }

        // A double click: two requests for the third and last grant of the day arrive together.
        app.CountsMeet.Arm();
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(jordan, family, Reason, CancellationToken.None)))));

        Assert.Single(atOnce, o => o.Saved);
        Assert.Contains("3 times today", Assert.Single(atOnce, o => !o.Saved).Problem, StringComparison.Ordinal);
        await using var db = app.CreateDb();
        Assert.Equal(3, await db.EmergencyAccesses.CountAsync(e => e.StaffMemberId == jordan.StaffId));
    }

    [Fact]
    public async Task A_request_is_decided_for_the_person_as_they_are_now_not_as_they_were_when_they_asked()
    {
        var luc = await app.StaffAsync("luc");
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var marc = await app.StaffAsync("marc");
        var torontoFamilies = await UnassignedFamiliesAsync(luc, dana.TeamId!.Value, 2);
        var asked = new List<int>();
        foreach (var family in torontoFamilies)
        {
            var outcome = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.RequestAsync(luc, family, Reason, CancellationToken.None));
            Assert.True(outcome.Saved, outcome.Problem);
            asked.Add(outcome.Id!.Value);
        }

        try
        {
            await SetStaffAsync(luc.StaffId, dana.TeamId.Value, active: true);
            var granted = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.DecideRequestAsync(dana, asked[0], true, null, CancellationToken.None));
            await SetStaffAsync(luc.StaffId, dana.TeamId.Value, active: false);
            var afterDeactivation = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.DecideRequestAsync(dana, asked[1], true, null, CancellationToken.None));

            Assert.True(granted.Saved, granted.Problem);
            Assert.DoesNotContain((await OversightAsync(marc)).ToAcknowledge, a => a.FamilyId == torontoFamilies[0]);
            Assert.True(afterDeactivation.Saved, afterDeactivation.Problem);
            await using var db = app.CreateDb();
            var declined = await db.EmergencyAccessRequests.SingleAsync(r => r.Id == asked[1]);
            Assert.Equal(RequestStatus.Declined, declined.Status);
            Assert.Equal("The person who asked is no longer an active caseworker.", declined.DecisionNote);
        }
        finally
        {
            await SetStaffAsync(luc.StaffId, marc.TeamId!.Value, active: true);
        }
    }

    [Fact]
    public async Task A_supervisor_whose_team_changed_cannot_acknowledge_on_the_strength_of_their_old_sign_in()
    {
        var priya = await app.StaffAsync(DemoPeople.OtherCaseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var marc = await app.StaffAsync("marc");
        var family = await UnassignedFamilyAsync(priya, priya.TeamId!.Value);
        var opened = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.OpenAsync(priya, family, Reason, CancellationToken.None));
        Assert.True(opened.Saved, opened.Problem);

        // Dana's sign-in says she supervises Marc's team; the database says she does not.
        var staleDana = new SignedInStaff(dana.StaffId, dana.DisplayName, dana.Role, marc.TeamId);
        var refused = await app.RunAsync<EmergencyAccessCommands, SaveOutcome>(c => c.AcknowledgeAsync(staleDana, opened.Id!.Value, CancellationToken.None));

        Assert.False(refused.Saved);
        Assert.Equal(FamilyScope.NoLongerAllowed, refused.Problem);
        Assert.Single((await OversightAsync(marc)).ToAcknowledge, a => a.Id == opened.Id);
    }

    private async Task SetStaffAsync(int staffId, int teamId, bool active)
    {
        await using var db = app.CreateDb();
        await db.Staff.Where(s => s.Id == staffId).ExecuteUpdateAsync(s => s.SetProperty(x => x.TeamId, teamId).SetProperty(x => x.IsActive, active));
    }

    private async Task<List<int>> UnassignedFamiliesAsync(SignedInStaff staff, int teamId, int count)
    {
        await using var db = app.CreateDb();
        return await db.Families
            .Where(f => f.TeamId == teamId && f.Status != FamilyStatus.Closed && !f.Assignments.Any(a => a.StaffMemberId == staff.StaffId && a.EndedAtUtc == null))
            .OrderByDescending(f => f.Id).Select(f => f.Id).Take(count).ToListAsync();
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
