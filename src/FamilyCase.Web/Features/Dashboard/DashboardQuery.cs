using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Supervision;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Emergency;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Dashboard;

public sealed record WorkerLoad(int WorkerId, string Worker, int Families, int Members, int CourtWeeks, int TestifyingMembers, int OpenSafetyAlerts, double Intensity);

public sealed record TrendMonth(DateOnly Month, int Open, int Opened, int Closed);

public sealed record BarrierCount(ReferralBarrier Barrier, int Referrals);

public sealed record ProgramWait(int? ProgramId, string Program, int Referrals, int LongestWaitDays);

public sealed record DashboardView(
    string Scope,
    DashboardWindow Window,
    IReadOnlyDictionary<DashboardPanel, IReadOnlyList<PanelItem>> Panels,
    IReadOnlyList<WorkerLoad> Workers,
    IReadOnlyList<TrendMonth> Trend,
    IReadOnlyList<RequestToDecide> Requests)
{
    public bool Shows(DashboardPanel panel) => Panels.ContainsKey(panel);

    public IReadOnlyList<PanelItem> Items(DashboardPanel panel) => Panels.GetValueOrDefault(panel) ?? [];

    /// <summary>Waiting referrals by barrier, counted from the panel's own records; a referral can meet several barriers.</summary>
    public IReadOnlyList<BarrierCount> Barriers => ReferralStatuses.All
        .Select(b => new BarrierCount(b, Items(DashboardPanel.ReferralsWaiting).Count(i => (i.Number & (int)b) != 0)))
        .Where(b => b.Referrals > 0).OrderByDescending(b => b.Referrals).ThenBy(b => b.Barrier).ToList();

    /// <summary>The programs whose waiting referrals have waited longest, from the panel's own records.</summary>
    public IReadOnlyList<ProgramWait> LongestWaits => Items(DashboardPanel.ReferralsWaiting)
        .GroupBy(i => (i.SecondId, Name: i.Detail ?? "Not named"))
        .Select(g => new ProgramWait(g.Key.SecondId, g.Key.Name, g.Count(), g.Max(i => Window.Today.DayNumber - i.On!.Value.DayNumber)))
        .OrderByDescending(p => p.LongestWaitDays).ThenBy(p => p.Program, StringComparer.CurrentCulture)
        .Take(Window.Thresholds.LongestWaitPrograms).ToList();

    /// <summary>A panel's records grouped by primary worker (0 for none), for "check-ins overdue by worker".</summary>
    public IReadOnlyList<(int WorkerId, string Worker, int Count)> ByWorker(DashboardPanel panel) => Items(panel)
        .GroupBy(i => (Id: i.WorkerId ?? 0, Name: i.Worker ?? DashboardWords.NoPrimaryWorker))
        .Select(g => (g.Key.Id, g.Key.Name, g.Count())).OrderByDescending(g => g.Item3).ThenBy(g => g.Name, StringComparer.CurrentCulture).ToList();
}

public sealed record DrillDown(DashboardPanel Panel, PanelFilter Filter, string Title, string Scope, DashboardWindow Window, IReadOnlyList<PanelItem> Items)
{
    /// <summary>What in the address was left out, in plain words.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>
/// The team dashboard, My work and the court-day panel: each number is the count of one panel's records (<see cref="PanelLoaders"/>),
/// and each drill-down lists the same records. Showing either is audited.
/// </summary>
public sealed class DashboardQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AssessmentRules rules, DashboardSettings settings, EmergencyAccessQuery emergency, AuditTrail audit)
{
    public async Task<DashboardView?> ExecuteAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        var scope = staff.Scope;
        var panels = Enum.GetValues<DashboardPanel>().Where(p => FamilyAccessPolicy.SeesDashboardPanel(scope, p) && IsCounted(p)).ToList();
        if (panels.Count == 0)
        {
            return null;
        }

        var window = Window();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var lists = new Dictionary<DashboardPanel, IReadOnlyList<PanelItem>>();
        var oversight = FamilyAccessPolicy.MayOverseeEmergencyAccess(scope) ? await emergency.ExecuteAsync(staff, cancellationToken) : null;
        foreach (var panel in panels)
        {
            // The emergency-access panel is the same query the oversight above has just run (ToAcknowledgeAsync).
            lists[panel] = panel == DashboardPanel.EmergencyAccess && oversight is not null
                ? PanelLoaders.EmergencyItems(oversight.ToAcknowledge)
                : await PanelLoaders.LoadAsync(db, scope, window, panel, PanelFilter.None, cancellationToken, withWorkers: false);
        }

        var loads = FamilyAccessPolicy.SeesDashboardPanel(scope, DashboardPanel.WorkerCaseload) ? await FamilyLoads.LoadAsync(db, scope, window, cancellationToken) : [];
        // Every panel's primary workers, named in one query.
        await PrimaryWorkers.FillAsync(db, scope, window.NowUtc, lists.Values.SelectMany(i => i).Concat(loads.Select(l => l.Item)).ToList(), cancellationToken);
        var workers = FamilyAccessPolicy.SeesDashboardPanel(scope, DashboardPanel.WorkerCaseload) ? await WorkersAsync(db, staff, loads, cancellationToken) : [];
        var trend = FamilyAccessPolicy.SeesDashboardPanel(scope, DashboardPanel.OpenedInMonth) ? await TrendAsync(db, staff, window, cancellationToken) : [];
        var requests = oversight?.Requests ?? [];
        var scopeName = await ScopeNameAsync(db, staff, cancellationToken);
        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Dashboard", scope.TeamId?.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"Dashboard for {scopeName}: " + string.Join(", ", lists.Select(l => $"{l.Key} {l.Value.Count}"))), cancellationToken);
        return new DashboardView(scopeName, window, lists, workers, trend, requests);
    }

    /// <summary>The records behind one number, with its filters as they came in the address (see <see cref="DrillDownAddress"/>).</summary>
    public async Task<DrillDown?> DrillDownAsync(SignedInStaff staff, DashboardPanel panel, Func<string, string?> address, CancellationToken cancellationToken)
    {
        var (filter, problems) = DrillDownAddress.Read(panel, address, Window());
        return await DrillDownAsync(staff, panel, filter, cancellationToken) is { } drillDown ? drillDown with { Problems = problems } : null;
    }

    /// <summary>The records behind one number, narrowed by worker, month, barrier or program; audited with what was asked and how many.</summary>
    public async Task<DrillDown?> DrillDownAsync(SignedInStaff staff, DashboardPanel panel, PanelFilter filter, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.SeesDashboardPanel(staff.Scope, panel))
        {
            return null;
        }

        var window = Window();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var items = await PanelLoaders.LoadAsync(db, staff.Scope, window, panel, filter, cancellationToken);
        var scopeName = await ScopeNameAsync(db, staff, cancellationToken);
        var worker = filter.Worker is > 0 ? await db.Staff.AsNoTracking().Where(s => s.Id == filter.Worker && s.TeamId == staff.TeamId).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        var title = DashboardWords.Title(panel, filter, window, worker);
        // Once a minute for the same list: the page is drawn twice as it opens.
        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Dashboard", panel.ToString(), null,
            $"Drill-down \"{title}\" for {scopeName}: {items.Count} records of {items.Where(i => i.FamilyId is not null).Select(i => i.FamilyId).Distinct().Count()} families"), cancellationToken);
        return new DrillDown(panel, filter, title, scopeName, window, items);
    }

    private DashboardWindow Window() => DashboardWindow.For(clock, time, rules, settings.Thresholds);

    // The caseload and the trend are tables of their own; their records are listed in the drill-downs.
    private static bool IsCounted(DashboardPanel panel) => panel is not (DashboardPanel.WorkerCaseload or DashboardPanel.OpenedInMonth or DashboardPanel.ClosedInMonth or DashboardPanel.OpenAtMonthEnd);

    private async Task<IReadOnlyList<WorkerLoad>> WorkersAsync(FamilyCaseDb db, SignedInStaff staff, IReadOnlyList<FamilyLoadRow> rows, CancellationToken cancellationToken)
    {
        // Every active caseworker of the team has a row, with nothing assigned too: an empty caseload is worth seeing.
        var team = await db.Staff.AsNoTracking().Where(s => s.TeamId == staff.TeamId && s.IsActive && s.Role == FamilyAccessPolicy.RoleFor(AssignmentKind.Primary))
            .Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        var byWorker = rows.GroupBy(r => r.Item.WorkerId ?? 0).ToDictionary(g => g.Key, g => g.ToList());
        var names = team.ToDictionary(s => s.Id, s => s.DisplayName);
        foreach (var row in rows.Where(r => r.Item.WorkerId is { } id && !names.ContainsKey(id)))
        {
            names[row.Item.WorkerId!.Value] = row.Item.Worker!;
        }

        if (byWorker.ContainsKey(0))
        {
            names[0] = DashboardWords.NoPrimaryWorker;
        }

        return names.Select(n =>
            {
                var loads = byWorker.GetValueOrDefault(n.Key) ?? [];
                return new WorkerLoad(n.Key, n.Value, loads.Count, loads.Sum(l => l.Load.Members), loads.Sum(l => l.Load.CourtWeeks),
                    loads.Sum(l => l.Load.TestifyingMembers), loads.Sum(l => l.Load.OpenSafetyAlerts), CaseIntensity.Of(loads.Select(l => l.Load), settings.Weights));
            })
            .OrderByDescending(w => w.Intensity).ThenBy(w => w.Worker, StringComparer.CurrentCulture).ToList();
    }

    private static async Task<IReadOnlyList<TrendMonth>> TrendAsync(FamilyCaseDb db, SignedInStaff staff, DashboardWindow window, CancellationToken cancellationToken)
    {
        var files = await db.Families.AsNoTracking().VisibleTo(staff.Scope, window.NowUtc)
            .Select(f => new Family { Id = f.Id, FileNumber = "", DisplayName = "", OpenedOn = f.OpenedOn, ClosedOn = f.ClosedOn })
            .ToListAsync(cancellationToken);
        return TeamTrend.Months(window.Today, window.Thresholds.TrendMonths).Select(month => new TrendMonth(
            month,
            files.Count(f => TeamTrend.WasOpenAt(f, PanelLoaders.TrendDay(month, window.Today))),
            files.Count(f => TeamTrend.WasOpenedIn(f, month)),
            files.Count(f => TeamTrend.WasClosedIn(f, month)))).ToList();
    }

    private static async Task<string> ScopeNameAsync(FamilyCaseDb db, SignedInStaff staff, CancellationToken cancellationToken) =>
        FamilyAccessPolicy.SeesDashboardPanel(staff.Scope, DashboardPanel.WorkerCaseload)
            ? await db.Teams.AsNoTracking().Where(t => t.Id == staff.TeamId).Select(t => t.Name).SingleAsync(cancellationToken)
            : staff.DisplayName;
}
