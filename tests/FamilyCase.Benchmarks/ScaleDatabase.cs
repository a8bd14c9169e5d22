using FamilyCase.Data;
using FamilyCase.Data.Seeding;
using FamilyCase.Web.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyCase.Benchmarks;

/// <summary>
/// A SQLite file with the generator's synthetic families, built once and reused across runs
/// (it takes a few minutes to make 100,000 families, 500,000 members and 1,000,000 notes).
/// </summary>
public static class ScaleDatabase
{
    public static string PathFor(int families) =>
        Environment.GetEnvironmentVariable("FAMILYCASE_BENCH_DB")
        ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "familycase-bench", $"families-{families}-casework.db");

    public static ServiceProvider Services(string path)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.ConnectionStringKey] = $"Data Source={path}" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (Environment.GetEnvironmentVariable("FAMILYCASE_BENCH_SLOW_SQL") == "1")
        {
            services.AddLogging(logging => logging.AddProvider(new SlowCommands()));
        }
        else
        {
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        }
        services.AddFamilyCaseData(DatabaseSettings.From(configuration, System.IO.Path.GetTempPath()));
        services.AddFamilyCaseFeatures(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task EnsureAsync(int families)
    {
        var path = PathFor(families);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await using var provider = Services(path);
        await provider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContextAsync())
        {
            var existing = await db.Families.CountAsync();
            if (existing >= families)
            {
                Console.WriteLine($"Using {path}: {existing:N0} families.");
                return;
            }
        }

        int missing;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContextAsync())
        {
            missing = families - await db.Families.CountAsync();
        }

        Console.WriteLine($"Generating {missing:N0} families into {path} ...");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var scope = provider.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<SyntheticFamilyGenerator>().GenerateAsync(missing, seed: 2026,
            new Progress<int>(done => { if (done % 20_000 == 0) Console.WriteLine($"  {done:N0} families"); }));
        Console.WriteLine($"Generated {report.Summary} in {clock.Elapsed.TotalSeconds:N0} s.");
        await using var analyse = await provider.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContextAsync();
        await analyse.Database.ExecuteSqlRawAsync("ANALYZE;");
    }
}
