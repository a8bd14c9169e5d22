using Bunit;
using FamilyCase.Data.Auditing;
using FamilyCase.Data;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Supervision;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Dashboard;

/// <summary>The dashboard's panels drawn from the real query over the demo agency: what a supervisor and a caseworker see and can select.</summary>
public sealed class DashboardPanelsTests : FamilyFileComponentContext
{
    [Fact]
    public async Task Each_number_shows_its_panels_count_and_links_to_its_list_and_a_zero_is_plain()
    {
        var view = await ViewAsync(DemoPeople.Supervisor);

        var panel = Render<AttentionNumbers>(p => p.Add(x => x.View, view));

        var rows = panel.FindAll("#attention-numbers tr[data-panel]");
        Assert.Equal(8, rows.Count);
        foreach (var row in rows)
        {
            var slug = row.GetAttribute("data-panel")!;
            var count = view.Items(DashboardWords.FromSlug(slug)!.Value).Count;
            var number = row.QuerySelector($"[data-count='{slug}']")!;
            Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), number.TextContent.Trim());
            Assert.Equal(count == 0 ? "SPAN" : "A", number.TagName);
            if (count > 0)
            {
                Assert.Equal($"/dashboard/{slug}", number.GetAttribute("href"));
            }
        }

        Assert.Contains(rows, r => r.QuerySelector("a") is not null);
    }

    [Fact]
    public async Task The_caseload_by_worker_has_a_bar_and_a_row_for_each_worker_and_each_number_of_families_opens_their_list()
    {
        var view = await ViewAsync(DemoPeople.Supervisor);

        var panel = Render<WorkerCaseloadPanel>(p => p.Add(x => x.View, view));

        Assert.NotEmpty(view.Workers);
        Assert.Equal(view.Workers.Count, panel.FindAll("[data-chart='worker-intensity'] .fc-bars__row").Count);
        foreach (var worker in view.Workers.Where(w => w.Families > 0))
        {
            var link = panel.Find($"#worker-table tr[data-worker='{worker.WorkerId}'] a");
            Assert.Equal($"/dashboard/worker-caseload?worker={worker.WorkerId}", link.GetAttribute("href"));
            Assert.Equal(worker.Families.ToString(System.Globalization.CultureInfo.InvariantCulture), link.TextContent.Trim());
        }

        Assert.Equal("/dashboard/export/workers", panel.Find("#export-workers").GetAttribute("href"));
    }

    [Fact]
    public async Task The_trend_has_a_row_a_month_with_each_number_opening_that_months_families()
    {
        var view = await ViewAsync(DemoPeople.Supervisor);

        var panel = Render<TrendPanel>(p => p.Add(x => x.View, view));

        var rows = panel.FindAll("#trend-table tbody tr");
        Assert.Equal(12, rows.Count);
        var current = view.Trend[^1];
        var month = current.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(month, rows[^1].GetAttribute("data-month"));
        Assert.True(current.Open > 0);
        Assert.Equal($"/dashboard/open-at-month-end?month={month}", rows[^1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_supervisor_can_acknowledge_an_alert_once_a_safety_check_is_recorded_and_a_caseworker_only_sees_it_waiting()
    {
        var (withCheck, withoutCheck) = await AlertsAsync();
        var supervisorView = await ViewAsync(DemoPeople.Supervisor);

        var forSupervisor = Render<AlertsToActOn>(p => p.Add(x => x.View, supervisorView).Add(x => x.Staff, Signed(DemoPeople.Supervisor)));

        Assert.Equal(DashboardAction.Value(DashboardAction.Alert, withCheck), forSupervisor.Find($"li[data-alert='{withCheck}'] button").GetAttribute("value"));
        Assert.Empty(forSupervisor.FindAll($"li[data-alert='{withoutCheck}'] button"));
        Assert.Contains("No safety check recorded yet", forSupervisor.Find($"li[data-alert='{withoutCheck}']").TextContent, StringComparison.Ordinal);

        var caseworkerView = await ViewAsync(DemoPeople.Caseworker);
        var forCaseworker = Render<AlertsToActOn>(p => p.Add(x => x.View, caseworkerView).Add(x => x.Staff, Signed(DemoPeople.Caseworker)));

        Assert.NotNull(forCaseworker.Find($"li[data-alert='{withCheck}']"));
        Assert.Empty(forCaseworker.FindAll("#open-alerts button"));
        Assert.Empty(forCaseworker.FindAll("#emergency-access-list, #access-refusals"));
    }

    private readonly Dictionary<string, SignedInStaff> _signedIn = [];

    private SignedInStaff Signed(string userName) => _signedIn[userName];

    private async Task<DashboardView> ViewAsync(string userName)
    {
        var staff = _signedIn[userName] = await SignInAsync(userName);
        return (await Services.GetRequiredService<DashboardQuery>().ExecuteAsync(staff, CancellationToken.None))!;
    }

    // Two alerts in one of Amira's families: one with the worker's safety check recorded, one still without.
    private async Task<(long WithCheck, long WithoutCheck)> AlertsAsync()
    {
        var amira = await SignInAsync(DemoPeople.Caseworker);
        await using var db = await Services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContextAsync();
        var assessment = await db.Assessments.Where(a => a.Family!.Assignments.Any(x => x.StaffMemberId == amira.StaffId && x.EndedAtUtc == null)).OrderBy(a => a.Id).FirstAsync();
        SafetyAlert Alert(string? action) => new()
        {
            FamilyId = assessment.FamilyId, FamilyMemberId = assessment.FamilyMemberId, AssessmentId = assessment.Id, Kind = AlertKind.UrgentSafetyNeed,
            RaisedAtUtc = DateTime.UtcNow.AddHours(-1), ActionTaken = action, ActionRecordedByStaffId = action is null ? null : amira.StaffId,
            ActionRecordedAtUtc = action is null ? null : DateTime.UtcNow.AddHours(-1),
        };
        var withCheck = Alert("Talked it through and made a plan for tonight");
        var withoutCheck = Alert(null);
        db.Actor = new AuditActor(amira.StaffId, amira.DisplayName);
        db.SafetyAlerts.AddRange(withCheck, withoutCheck);
        await db.SaveChangesAsync();
        return (withCheck.Id, withoutCheck.Id);
    }
}
