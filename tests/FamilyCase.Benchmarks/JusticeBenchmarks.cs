using BenchmarkDotNet.Attributes;
using FamilyCase.Data;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.CourtCalendar;
using FamilyCase.Web.Features.Justice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Benchmarks;

/// <summary>The court calendar's week for a team and for court support, and a family's Justice tab, at 100,000 families.</summary>
[MemoryDiagnoser]
public class JusticeBenchmarks
{
    private ServiceProvider _services = null!;
    private CourtCalendarQuery _calendar = null!;
    private JusticeTabQuery _justice = null!;
    private SignedInStaff _supervisor = null!;
    private SignedInStaff _courtSupport = null!;
    private DateOnly _monday;
    private int[] _familiesInCourt = [];
    private int _next;

    [Params(100_000)]
    public int Families { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        ScaleDatabase.EnsureAsync(Families).GetAwaiter().GetResult();
        _services = ScaleDatabase.Services(ScaleDatabase.PathFor(Families));
        var scope = _services.CreateScope();
        _calendar = scope.ServiceProvider.GetRequiredService<CourtCalendarQuery>();
        _justice = scope.ServiceProvider.GetRequiredService<JusticeTabQuery>();
        using var db = _services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContext();
        var supervisor = db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.Supervisor && s.Email.StartsWith("synthetic.")).OrderBy(s => s.Id).Skip(10).First();
        var courtSupport = db.Staff.AsNoTracking().First(s => s.Role == StaffRole.CourtSupport && s.TeamId == supervisor.TeamId);
        _supervisor = new SignedInStaff(supervisor.Id, supervisor.DisplayName, supervisor.Role, supervisor.TeamId);
        _courtSupport = new SignedInStaff(courtSupport.Id, courtSupport.DisplayName, courtSupport.Role, courtSupport.TeamId);
        var today = _services.GetRequiredService<AgencyTime>().Today(TimeProvider.System);
        _monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        _familiesInCourt = db.Proceedings.Where(p => p.Family!.TeamId == supervisor.TeamId && p.Status == ProceedingStatus.Open).Select(p => p.FamilyId).Distinct().ToArray();
        var week = _calendar.ExecuteAsync(_supervisor, new CalendarRequest(_monday, 7), CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine($"// The team's week holds {week.Entries.Count} court dates; {_familiesInCourt.Length} of the team's families have an open proceeding.");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "Court calendar: a team's week (supervisor)")]
    public Task<CalendarPage> TeamWeek() => _calendar.ExecuteAsync(_supervisor, new CalendarRequest(_monday, 7), CancellationToken.None);

    [Benchmark(Description = "Court calendar: court support's week")]
    public Task<CalendarPage> CourtSupportWeek() => _calendar.ExecuteAsync(_courtSupport, new CalendarRequest(_monday, 7), CancellationToken.None);

    [Benchmark(Description = "Justice tab of a family in court")]
    public Task<JusticeView> JusticeTab() => _justice.ExecuteAsync(_supervisor, _familiesInCourt[_next++ % _familiesInCourt.Length], CancellationToken.None);
}
