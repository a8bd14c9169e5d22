using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Supervision;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Dashboard;

/// <summary>Every number of the dashboard, My work and the court-day panel against the hand-built fixture, and each drill-down against its number.</summary>
public sealed class DashboardQueryTests(DashboardQueryTests.App app) : IClassFixture<DashboardQueryTests.App>
{
    public sealed class App : FamilyCaseAppFactory
    {
        private DashboardFixture? _fixture;

        public async Task<DashboardFixture> FixtureAsync() => _fixture ??= await DashboardFixture.CreateAsync(this);
    }

    [Fact]
    public async Task The_supervisors_dashboard_counts_exactly_the_records_the_fixture_holds()
    {
        var fixture = await app.FixtureAsync();

        var view = await ViewAsync(fixture.Supervisor);

        Assert.Equal(DashboardFixture.TeamName, view.Scope);
        var expected = new Dictionary<DashboardPanel, long[]>
        {
            [DashboardPanel.SafetyAlerts] = [fixture.Alder],
            [DashboardPanel.EmergencyAccess] = [-1],
            [DashboardPanel.AccessRefusals] = [-1],
            [DashboardPanel.AwaitingSignOff] = [fixture.Alder],
            [DashboardPanel.OverdueCheckIns] = [fixture.Birch],
            [DashboardPanel.CourtUnaccompanied] = [fixture.Alder],
            [DashboardPanel.DeadlinesSoon] = [fixture.Cedar, fixture.Birch],
            [DashboardPanel.ReferralsWaiting] = [fixture.Birch],
            [DashboardPanel.PoliceNotSupportive] = [fixture.Birch],
            [DashboardPanel.NoRecentContact] = [fixture.Birch, fixture.Dogwood],
            [DashboardPanel.LongIntake] = [fixture.Cedar],
        };
        Assert.Equal(expected.Keys.Order(), view.Panels.Keys.Order());
        foreach (var (panel, families) in expected)
        {
            Assert.True(families.Length == view.Items(panel).Count, $"{panel}: expected {families.Length}, got {view.Items(panel).Count}");
            if (families[0] > 0)
            {
                Assert.Equal(families.Order(), view.Items(panel).Select(i => (long)i.FamilyId!.Value).Order());
            }
        }

        Assert.Equal("Bea Birch", Assert.Single(view.Items(DashboardPanel.OverdueCheckIns)).Person);
        Assert.Equal("Anna Alder", Assert.Single(view.Items(DashboardPanel.CourtUnaccompanied)).Person);
        Assert.Equal(fixture.CountedRefusal, Assert.Single(view.Items(DashboardPanel.AccessRefusals)).ItemId);
        var access = Assert.Single(view.Items(DashboardPanel.EmergencyAccess));
        Assert.Null(access.Family);
        Assert.Null(access.FamilyId);
        Assert.Equal("Ava Fixture", access.Person);
    }

    [Fact]
    public async Task Referrals_waiting_are_grouped_by_barrier_and_program_with_the_longest_wait()
    {
        var fixture = await app.FixtureAsync();

        var view = await ViewAsync(fixture.Supervisor);

        Assert.Equal([new BarrierCount(ReferralBarrier.Waitlist, 1), new BarrierCount(ReferralBarrier.Cost, 1)], view.Barriers);
        Assert.Equal(new ProgramWait(fixture.ProgramId, "Fixture family counselling", 1, 45), Assert.Single(view.LongestWaits));
        Assert.Equal([(fixture.Ava.StaffId, "Ava Fixture", 1)], view.ByWorker(DashboardPanel.OverdueCheckIns));
    }

    [Fact]
    public async Task The_caseload_per_worker_weighs_court_work_and_alerts_and_counts_families_with_no_primary_worker()
    {
        var fixture = await app.FixtureAsync();

        var view = await ViewAsync(fixture.Supervisor);

        // Ava: Alder (1 + 2 × 0.1 + 1 court week + 0.5 testifying + 1 alert) and Birch (1 + 0.1 + 1 court week for the sentencing).
        // Ben: Cedar in intake (1 + 0.1). Nobody: Dogwood on hold (0.25 + 0.1).
        Assert.Equal(
            [
                new WorkerLoad(fixture.Ava.StaffId, "Ava Fixture", 2, 3, 2, 1, 1, 5.8),
                new WorkerLoad(fixture.Ben.StaffId, "Ben Fixture", 1, 1, 0, 0, 0, 1.1),
                new WorkerLoad(0, DashboardWords.NoPrimaryWorker, 1, 1, 0, 0, 0, 0.35),
            ],
            view.Workers);
    }

    [Fact]
    public async Task The_trend_counts_open_new_and_closed_files_for_each_of_the_last_twelve_months()
    {
        var fixture = await app.FixtureAsync();

        var view = await ViewAsync(fixture.Supervisor);

        var month = new DateOnly(fixture.Today.Year, fixture.Today.Month, 1);
        Assert.Equal(12, view.Trend.Count);
        Assert.Equal(Enumerable.Range(-11, 12).Select(month.AddMonths), view.Trend.Select(t => t.Month));
        // Dogwood is open throughout; Birch opens 6 months ago, Alder 3, Elm 2 (closed on the 1st of this month), Cedar last month.
        Assert.Equal([1, 1, 1, 1, 1, 2, 2, 2, 3, 4, 5, 4], view.Trend.Select(t => t.Open));
        Assert.Equal([0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0], view.Trend.Select(t => t.Opened));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], view.Trend.Select(t => t.Closed));
    }

    [Fact]
    public async Task Each_drill_down_lists_exactly_the_records_behind_its_number()
    {
        var fixture = await app.FixtureAsync();
        var view = await ViewAsync(fixture.Supervisor);

        foreach (var (panel, items) in view.Panels)
        {
            var drillDown = (await app.RunAsync<DashboardQuery, DrillDown?>(q => q.DrillDownAsync(fixture.Supervisor, panel, PanelFilter.None, CancellationToken.None)))!;
            Assert.Equal(items.Select(i => (i.ItemId, i.FamilyId)), drillDown.Items.Select(i => (i.ItemId, i.FamilyId)));
        }

        foreach (var month in view.Trend)
        {
            Assert.Equal(month.Opened, await CountAsync(fixture.Supervisor, DashboardPanel.OpenedInMonth, new PanelFilter(Month: month.Month)));
            Assert.Equal(month.Closed, await CountAsync(fixture.Supervisor, DashboardPanel.ClosedInMonth, new PanelFilter(Month: month.Month)));
            Assert.Equal(month.Open, await CountAsync(fixture.Supervisor, DashboardPanel.OpenAtMonthEnd, new PanelFilter(Month: month.Month)));
        }

        foreach (var worker in view.Workers)
        {
            Assert.Equal(worker.Families, await CountAsync(fixture.Supervisor, DashboardPanel.WorkerCaseload, new PanelFilter(Worker: worker.WorkerId)));
        }

        Assert.Equal(1, await CountAsync(fixture.Supervisor, DashboardPanel.ReferralsWaiting, new PanelFilter(Barrier: (int)ReferralBarrier.Cost)));
        Assert.Equal(0, await CountAsync(fixture.Supervisor, DashboardPanel.ReferralsWaiting, new PanelFilter(Barrier: (int)ReferralBarrier.Transport)));
        Assert.Equal(1, await CountAsync(fixture.Supervisor, DashboardPanel.ReferralsWaiting, new PanelFilter(Program: fixture.ProgramId)));
    }

    [Fact]
    public async Task My_work_shows_a_caseworker_the_same_panels_for_their_own_families_only()
    {
        var fixture = await app.FixtureAsync();

        var ava = await ViewAsync(fixture.Ava);
        var ben = await ViewAsync(fixture.Ben);

        Assert.Empty(ava.Workers);
        Assert.False(ava.Shows(DashboardPanel.EmergencyAccess));
        Assert.False(ava.Shows(DashboardPanel.AccessRefusals));
        Assert.Equal([fixture.Alder, fixture.Birch], ava.Panels.Values.SelectMany(i => i).Select(i => i.FamilyId!.Value).Distinct().Order());
        Assert.Equal(2, ava.Items(DashboardPanel.DeadlinesSoon).Count + ben.Items(DashboardPanel.DeadlinesSoon).Count);
        Assert.Equal([fixture.Birch], ava.Items(DashboardPanel.NoRecentContact).Select(i => i.FamilyId!.Value));
        Assert.Equal([fixture.Cedar], ben.Items(DashboardPanel.LongIntake).Select(i => i.FamilyId!.Value));
    }

    [Fact]
    public async Task Court_support_sees_only_their_own_court_days_and_an_administrator_sees_no_dashboard()
    {
        var fixture = await app.FixtureAsync();

        var cora = await ViewAsync(fixture.Cora);
        var administrator = await app.RunAsync<DashboardQuery, DashboardView?>(q => q.ExecuteAsync(new SignedInStaff(0, "Sam", Domain.Staff.StaffRole.Administrator, null), CancellationToken.None));

        Assert.Equal([DashboardPanel.CourtDay], cora.Panels.Keys);
        var trial = Assert.Single(cora.Items(DashboardPanel.CourtDay));
        Assert.Equal(fixture.Alder, trial.FamilyId);
        Assert.Equal(1, trial.Number);
        Assert.Empty(cora.Workers);
        Assert.Null(administrator);
        Assert.Null(await app.RunAsync<DashboardQuery, DrillDown?>(q => q.DrillDownAsync(fixture.Cora, DashboardPanel.SafetyAlerts, PanelFilter.None, CancellationToken.None)));
    }

    [Fact]
    public async Task Another_teams_supervisor_sees_nothing_of_the_fixture_team()
    {
        var fixture = await app.FixtureAsync();
        var dana = await app.StaffAsync(DemoPeople.Supervisor);

        var view = await ViewAsync(dana);

        var seen = Json(view);
        Assert.All(DashboardFixture.FileNumbers, number => Assert.DoesNotContain(number, seen, StringComparison.Ordinal));
        Assert.DoesNotContain("Fixture", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_a_refusal_takes_it_off_the_dashboard_once_and_only_for_its_own_team()
    {
        var fixture = await app.FixtureAsync();
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var byOther = await app.RunAsync<DashboardCommands, SaveOutcome>(c => c.AcknowledgeAsync(dana, DashboardPanel.AccessRefusals, fixture.CountedRefusal, CancellationToken.None));
        var first = await app.RunAsync<DashboardCommands, SaveOutcome>(c => c.AcknowledgeAsync(fixture.Supervisor, DashboardPanel.AccessRefusals, fixture.CountedRefusal, CancellationToken.None));
        var again = await app.RunAsync<DashboardCommands, SaveOutcome>(c => c.AcknowledgeAsync(fixture.Supervisor, DashboardPanel.AccessRefusals, fixture.CountedRefusal, CancellationToken.None));

        Assert.False(byOther.Saved);
        Assert.True(first.Saved, first.Problem);
        Assert.False(again.Saved);
        Assert.Empty((await ViewAsync(fixture.Supervisor)).Items(DashboardPanel.AccessRefusals));
        await using var after = app.CreateDb();
        Assert.True(await after.AuditEvents.AnyAsync(e => e.RecordType == "AccessRefusal" && e.RecordId == fixture.CountedRefusal.ToString() && e.ActorStaffId == fixture.Supervisor.StaffId));
    }

    [Fact]
    public async Task Reassigning_several_families_is_one_step_audited_in_each_familys_trail()
    {
        var fixture = await app.FixtureAsync();

        var refused = await app.RunAsync<AssignmentCommands, SaveOutcome>(c => c.ReassignAsync(fixture.Supervisor, [fixture.Cedar, fixture.Dogwood], fixture.Ben.StaffId, "x", CancellationToken.None));
        var saved = await app.RunAsync<AssignmentCommands, SaveOutcome>(c => c.ReassignAsync(fixture.Supervisor, [fixture.Cedar, fixture.Dogwood], fixture.Ava.StaffId, "Ben is on leave from Monday", CancellationToken.None));
        var byCaseworker = await app.RunAsync<AssignmentCommands, SaveOutcome>(c => c.ReassignAsync(fixture.Ava, [fixture.Birch], fixture.Ben.StaffId, "Trying to hand this on", CancellationToken.None));

        Assert.Equal("Please give a reason for the change.", refused.Problem);
        Assert.True(saved.Saved, saved.Problem);
        Assert.False(byCaseworker.Saved);
        var view = await ViewAsync(fixture.Supervisor);
        Assert.Equal(4, Assert.Single(view.Workers, w => w.WorkerId == fixture.Ava.StaffId).Families);
        Assert.DoesNotContain(view.Workers, w => w.WorkerId == 0);
        await using var db = app.CreateDb();
        foreach (var family in new[] { fixture.Cedar, fixture.Dogwood })
        {
            Assert.True(await db.AuditEvents.AnyAsync(e => e.FamilyId == family && e.RecordType == "Assignment" && e.Action == AuditAction.Create && e.ActorStaffId == fixture.Supervisor.StaffId));
            Assert.Equal("Ben is on leave from Monday", await db.Assignments.Where(a => a.FamilyId == family && a.EndedAtUtc == null && a.Kind == AssignmentKind.Primary).Select(a => a.Reason).SingleAsync());
        }
    }

    [Fact]
    public async Task Showing_the_dashboard_and_each_drill_down_is_audited_without_names()
    {
        var fixture = await app.FixtureAsync();

        await ViewAsync(fixture.Ava);
        await app.RunAsync<DashboardQuery, DrillDown?>(q => q.DrillDownAsync(fixture.Ava, DashboardPanel.NoRecentContact, PanelFilter.None, CancellationToken.None));

        await using var db = app.CreateDb();
        var events = await db.AuditEvents.Where(e => e.ActorStaffId == fixture.Ava.StaffId && e.RecordType == "Dashboard").ToListAsync();
        Assert.Contains(events, e => e.Detail!.StartsWith("Dashboard for Ava Fixture:", StringComparison.Ordinal));
        Assert.Contains(events, e => e.RecordId == nameof(DashboardPanel.NoRecentContact) && e.Detail!.Contains("1 records of 1 families", StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain("Birch", e.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DashboardPanel.OpenedInMonth, "month", "9999-12", "The month in the address is not one of the dashboard's months")]
    [InlineData(DashboardPanel.OpenedInMonth, "month", "2026-13", "The month in the address is not one of the dashboard's months")]
    [InlineData(DashboardPanel.WorkerCaseload, "worker", "99999999999", "The worker in the address was not understood")]
    [InlineData(DashboardPanel.ReferralsWaiting, "barrier", "3", "The barrier in the address was not understood")]
    [InlineData(DashboardPanel.ReferralsWaiting, "barrier", "-1", "The barrier in the address was not understood")]
    [InlineData(DashboardPanel.CourtUnaccompanied, "program", "3", "The program in the address was not understood")]
    [InlineData(DashboardPanel.AccessRefusals, "worker", "2", "The worker in the address was not understood")]
    public async Task An_address_a_list_cannot_use_is_left_out_with_a_plain_word(DashboardPanel panel, string key, string value, string message)
    {
        var fixture = await app.FixtureAsync();

        var drillDown = (await app.RunAsync<DashboardQuery, DrillDown?>(q => q.DrillDownAsync(fixture.Supervisor, panel, k => k == key ? value : null, CancellationToken.None)))!;
        var plain = (await app.RunAsync<DashboardQuery, DrillDown?>(q => q.DrillDownAsync(fixture.Supervisor, panel, PanelFilter.None, CancellationToken.None)))!;

        Assert.StartsWith(message, Assert.Single(drillDown.Problems), StringComparison.Ordinal);
        Assert.Equal(plain.Items.Select(i => i.ItemId), drillDown.Items.Select(i => i.ItemId));
    }

    private async Task<DashboardView> ViewAsync(SignedInStaff staff) =>
        (await app.RunAsync<DashboardQuery, DashboardView?>(q => q.ExecuteAsync(staff, CancellationToken.None)))!;

    private async Task<int> CountAsync(SignedInStaff staff, DashboardPanel panel, PanelFilter filter) =>
        (await app.RunAsync<DashboardQuery, DrillDown?>(q => q.DrillDownAsync(staff, panel, filter, CancellationToken.None)))!.Items.Count;

    private static string Json(DashboardView view) =>
        System.Text.Json.JsonSerializer.Serialize(view.Panels.Values.SelectMany(i => i).Select(i => new { i.FileNumber, i.Family, i.Person, i.Detail, i.MoreDetail, i.Worker })
            .Concat<object>(view.Workers).Concat(view.Requests));
}
