using BenchmarkDotNet.Attributes;
using FamilyCase.Data;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Plans;
using FamilyCase.Web.Features.ReferralReport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Benchmarks;

/// <summary>The referral report for the whole agency and for one team, and a family's Plan &amp; referrals tab, at 100,000 families.</summary>
[MemoryDiagnoser]
public class ReferralReportBenchmarks
{
    private ServiceProvider _services = null!;
    private ReferralReportQuery _report = null!;
    private PlanQuery _plan = null!;
    private SignedInStaff _administrator = null!;
    private SignedInStaff _supervisor = null!;
    private int[] _families = [];
    private int _next;

    [Params(100_000)]
    public int Families { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleDatabase.EnsureAsync(Families).GetAwaiter().GetResult();
        _services = ScaleDatabase.Services(ScaleDatabase.PathFor(Families));
        var scope = _services.CreateScope();
        _report = scope.ServiceProvider.GetRequiredService<ReferralReportQuery>();
        _plan = scope.ServiceProvider.GetRequiredService<PlanQuery>();
        using var db = _services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContext();
        var supervisor = db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Supervisor && s.Email.StartsWith("synthetic.")).OrderBy(s => s.Id).Skip(10).First();
        _supervisor = new SignedInStaff(supervisor.Id, supervisor.DisplayName, supervisor.Role, supervisor.TeamId);
        // The report reads no staff record of its reader, so the generator's database needs no administrator account.
        _administrator = new SignedInStaff(0, "Benchmark administrator", StaffRole.Administrator, null);
        _families = db.Families.Where(f => f.TeamId == supervisor.TeamId && f.Referrals.Any()).Select(f => f.Id).ToArray();
        var agency = _report.ExecuteAsync(_administrator, null, CancellationToken.None).GetAwaiter().GetResult()!;
        var team = _report.ExecuteAsync(_supervisor, supervisor.TeamId, CancellationToken.None).GetAwaiter().GetResult()!;
        Console.WriteLine($"// The agency has {agency.Total.Count:N0} referrals over {agency.WaitsByProgram.Count} programs; the team has {team.Total.Count:N0}; {agency.UnmetNeeds.Count} needs lack a service in their area.");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Referral report: the whole agency (administrator)")]
    public Task<ReferralReportView?> Agency() => _report.ExecuteAsync(_administrator, null, CancellationToken.None);

    [Benchmark(Description = "Referral report: one team (its supervisor)")]
    public Task<ReferralReportView?> Team() => _report.ExecuteAsync(_supervisor, _supervisor.TeamId, CancellationToken.None);

    [Benchmark(Description = "Plan & referrals tab of a family")]
    public Task<PlanView> PlanTab() => _plan.ExecuteAsync(_supervisor, _families[_next++ % _families.Length], CancellationToken.None);
}
