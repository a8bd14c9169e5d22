using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FamilyCase.Benchmarks;

// dotnet run -c Release --project tests/FamilyCase.Benchmarks            (100,000 families; builds the database once)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --quick (a shorter run for a first look)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --filter '*ReferralReport*' (one class)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --filter '*Dashboard*' (the team dashboard, My work and each panel's drill-down)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --make-db (only make the 100,000-family database)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --slow-sql (the justice and referral queries once, printing slow SQL)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --filter '*CourtDocument*' (PDFsharp summary, court day of 100, Chromium side by side; no database)
// dotnet run -c Release --project tests/FamilyCase.Benchmarks -- --court-day-memory (time and peak memory of one court day of 100)
// The database is made (once) before any measuring, so BenchmarkDotNet never times the generator.
if (args.Contains("--court-day-memory"))
{
    CourtDayMemory.Run();
    return;
}

if (!args.Any(a => a.Contains("CourtDocument", StringComparison.Ordinal)))
{
    await ScaleDatabase.EnsureAsync(100_000);
}

if (args.Contains("--make-db"))
{
    return;
}

if (args.Contains("--slow-sql"))
{
    Environment.SetEnvironmentVariable("FAMILYCASE_BENCH_SLOW_SQL", "1");
    var justice = new JusticeBenchmarks { Families = 100_000 };
    justice.Setup();
    await justice.TeamWeek();
    await justice.CourtSupportWeek();
    await justice.JusticeTab();
    justice.Cleanup();
    var dashboard = new DashboardBenchmarks { Families = 100_000 };
    dashboard.Setup();
    await dashboard.TeamDashboard();
    await dashboard.MyWork();
    foreach (var panel in DashboardPanelBenchmarks.Panels())
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await dashboard.Query.DrillDownAsync(dashboard.Supervisor, panel, FamilyCase.Web.Features.Dashboard.PanelFilter.None, CancellationToken.None);
        Console.WriteLine($"// Drill-down {panel}: {clock.Elapsed.TotalMilliseconds:0.0} ms");
    }

    dashboard.Cleanup();
    var referrals = new ReferralReportBenchmarks { Families = 100_000 };
    referrals.Setup();
    await referrals.Agency();
    await referrals.Team();
    await referrals.PlanTab();
    referrals.Cleanup();
    return;
}

var quick = args.Contains("--quick");
var job = (quick ? Job.ShortRun : Job.Default)
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithIterationCount(quick ? 5 : 30);
var config = ManualConfig.Create(DefaultConfig.Instance)
    .AddJob(job)
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var switcher = BenchmarkSwitcher.FromTypes([typeof(FamilyFileBenchmarks), typeof(DashboardBenchmarks), typeof(DashboardPanelBenchmarks), typeof(JusticeBenchmarks), typeof(ReferralReportBenchmarks), typeof(CourtDocumentBenchmarks)]);
var rest = args.Where(a => a != "--quick").ToArray();
if (rest.Contains("--filter"))
{
    switcher.Run(rest, config);
}
else
{
    switcher.RunAll(config, rest);
}
