using BenchmarkDotNet.Attributes;
using FamilyCase.Data;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Benchmarks;

/// <summary>
/// The team dashboard for one team of the generator's 312, My work for one of its caseworkers, and each panel's drill-down (the
/// panel's one query, plus its audit entry), at 100,000 families.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private ServiceProvider _services = null!;
    private DashboardQuery _dashboard = null!;
    private SignedInStaff _supervisor = null!;
    private SignedInStaff _caseworker = null!;

    [Params(100_000)]
    public int Families { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleDatabase.EnsureAsync(Families).GetAwaiter().GetResult();
        _services = ScaleDatabase.Services(ScaleDatabase.PathFor(Families));
        _dashboard = _services.CreateScope().ServiceProvider.GetRequiredService<DashboardQuery>();
        using var db = _services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContext();
        var supervisor = db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Supervisor && s.Email.StartsWith("synthetic.")).OrderBy(s => s.Id).Skip(10).First();
        var caseworker = db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Caseworker && s.TeamId == supervisor.TeamId).OrderBy(s => s.Id).First();
        _supervisor = new SignedInStaff(supervisor.Id, supervisor.DisplayName, supervisor.Role, supervisor.TeamId);
        _caseworker = new SignedInStaff(caseworker.Id, caseworker.DisplayName, caseworker.Role, caseworker.TeamId);
        var view = _dashboard.ExecuteAsync(_supervisor, CancellationToken.None).GetAwaiter().GetResult()!;
        Console.WriteLine($"// {db.Teams.Count()} teams; {view.Scope}: {view.Workers.Sum(w => w.Families)} open families over {view.Workers.Count} workers; "
            + string.Join(", ", view.Panels.Select(p => $"{p.Key} {p.Value.Count}")));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    internal DashboardQuery Query => _dashboard;

    internal SignedInStaff Supervisor => _supervisor;

    [Benchmark(Description = "Team dashboard: every panel, the caseload per worker and the trend")]
    public Task<DashboardView?> TeamDashboard() => _dashboard.ExecuteAsync(_supervisor, CancellationToken.None);

    [Benchmark(Description = "My work: a caseworker's panels")]
    public Task<DashboardView?> MyWork() => _dashboard.ExecuteAsync(_caseworker, CancellationToken.None);
}

/// <summary>Each panel's drill-down for the same team: the panel's one query (which the dashboard counts) and its audit entry.</summary>
[MemoryDiagnoser]
public class DashboardPanelBenchmarks
{
    private readonly DashboardBenchmarks _dashboard = new();

    [Params(100_000)]
    public int Families { get; set; }

    [ParamsSource(nameof(Panels))]
    public DashboardPanel Panel { get; set; }

    public static IEnumerable<DashboardPanel> Panels() => Enum.GetValues<DashboardPanel>().Where(p => p != DashboardPanel.CourtDay);

    [GlobalSetup]
    public void Setup()
    {
        _dashboard.Families = Families;
        _dashboard.Setup();
    }

    [GlobalCleanup]
    public void Cleanup() => _dashboard.Cleanup();

    [Benchmark(Description = "One panel's drill-down")]
    public Task<DrillDown?> DrillDown() => _dashboard.Query.DrillDownAsync(_dashboard.Supervisor, Panel, PanelFilter.None, CancellationToken.None);
}
