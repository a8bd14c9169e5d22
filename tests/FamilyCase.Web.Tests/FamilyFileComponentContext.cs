using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
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
    private readonly BunitAuthorizationContext _authorization;
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

        // Registered before the first service is read; a test signs someone in with SignInAsync.
        _authorization = AddAuthorization();
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

    /// <summary>Signs the demo person in for the components rendered next, with the claims the app's sign-in gives them.</summary>
    protected async Task<SignedInStaff> SignInAsync(string userName)
    {
        var staff = await StaffAsync(userName);
        var id = staff.StaffId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Claim[] claims = staff.TeamId is { } team
            ? [new(StaffClaims.StaffId, id), new(StaffClaims.TeamId, team.ToString(System.Globalization.CultureInfo.InvariantCulture)), new(StaffClaims.DisplayName, staff.DisplayName)]
            : [new(StaffClaims.StaffId, id), new(StaffClaims.DisplayName, staff.DisplayName)];
        _authorization.SetAuthorized(staff.DisplayName).SetRoles(staff.Role.ToString()).SetClaims(claims);
        return staff;
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
