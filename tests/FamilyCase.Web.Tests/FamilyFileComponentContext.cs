using Bunit;
using FamilyCase.Data;
using FamilyCase.Data.Seeding;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyCase.Web.Tests;

/// <summary>
/// bUnit with the app's real feature services over a fresh SQLite file holding the demo agency,
/// so components are tested against the same queries and commands the app runs.
/// </summary>
public abstract class FamilyFileComponentContext : MudTestContext, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"familycase-bunit-{Guid.NewGuid():N}.db");

    protected FamilyFileComponentContext()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DatabaseSettings.ConnectionStringKey] = $"Data Source={_databasePath}" })
            .Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddFamilyCaseData(DatabaseSettings.From(configuration, Path.GetTempPath()));
        Services.AddFamilyCaseFeatures(configuration);
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await Services.GetRequiredService<DemoSeeder>().SeedAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "demo"), DemoPeople.Password);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    protected FamilyCaseDb CreateDb() => Services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContext();

    protected async Task<SignedInStaff> StaffAsync(string userName)
    {
        await using var db = CreateDb();
        return await db.StaffAsync(userName);
    }

    protected async Task<int> PrimaryFamilyOfAsync(SignedInStaff staff, Domain.Families.AssignmentKind kind = Domain.Families.AssignmentKind.Primary)
    {
        await using var db = CreateDb();
        return await db.FamilyOfAsync(staff, kind);
    }
}
