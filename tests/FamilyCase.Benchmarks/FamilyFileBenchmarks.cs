using BenchmarkDotNet.Attributes;
using FamilyCase.Data;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Caseload;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Benchmarks;

/// <summary>The two reads every caseworker makes all day: a page of the caseload, and opening a family file.</summary>
[MemoryDiagnoser]
public class FamilyFileBenchmarks
{
    private ServiceProvider _services = null!;
    private CaseloadQuery _caseload = null!;
    private FamilyFileQuery _familyFile = null!;
    private SignedInStaff _caseworker = null!;
    private SignedInStaff _supervisor = null!;
    private int[] _familyIds = [];
    private int _next;

    [Params(100_000)]
    public int Families { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleDatabase.EnsureAsync(Families).GetAwaiter().GetResult();
        _services = ScaleDatabase.Services(ScaleDatabase.PathFor(Families));
        var scope = _services.CreateScope();
        _caseload = scope.ServiceProvider.GetRequiredService<CaseloadQuery>();
        _familyFile = scope.ServiceProvider.GetRequiredService<FamilyFileQuery>();
        using var db = _services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContext();
        var caseworker = db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Caseworker).OrderBy(s => s.Id).Skip(100).First();
        var supervisor = db.Staff.AsNoTracking().First(s => s.Role == StaffRole.Supervisor && s.TeamId == caseworker.TeamId);
        _caseworker = new SignedInStaff(caseworker.Id, caseworker.DisplayName, caseworker.Role, caseworker.TeamId);
        _supervisor = new SignedInStaff(supervisor.Id, supervisor.DisplayName, supervisor.Role, supervisor.TeamId);
        _familyIds = db.Assignments.Where(a => a.StaffMemberId == caseworker.Id).Select(a => a.FamilyId).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Caseload: caseworker, page of 25 with total")]
    public Task<CaseloadResult> CaseworkerCaseload() =>
        _caseload.ExecuteAsync(_caseworker, new CaseloadRequest(null, CaseloadSort.RecentlyUpdated, true, 0, 25), CancellationToken.None);

    [Benchmark(Description = "Caseload: supervisor, search + status + flag filter")]
    public Task<CaseloadResult> SupervisorSearch() =>
        _caseload.ExecuteAsync(_supervisor, new CaseloadRequest("an", CaseloadSort.FamilyName, false, 0, 25) { Status = FamilyStatus.Active, PublicationBanOnly = true }, CancellationToken.None);

    [Benchmark(Description = "Caseload: supervisor, page 3 of the team by file number")]
    public Task<CaseloadResult> SupervisorPaging() =>
        _caseload.ExecuteAsync(_supervisor, new CaseloadRequest(null, CaseloadSort.FileNumber, false, 2, 25), CancellationToken.None);

    [Benchmark(Description = "Family file: header and members")]
    public Task<FamilyFile?> FamilyFileLoad() =>
        _familyFile.LoadAsync(_caseworker, _familyIds[_next++ % _familyIds.Length], CancellationToken.None);
}
