using FamilyCase.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyCase.Testing;

/// <summary>
/// The real app in-process over a fresh SQLite file of its own, in demo mode, so every test class starts from the invented demo agency.
/// </summary>
public class FamilyCaseAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;

    public FamilyCaseAppFactory() : this(new Dictionary<string, string?>())
    {
    }

    public FamilyCaseAppFactory(IDictionary<string, string?> settings, string? databasePath = null)
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"familycase-test-{Guid.NewGuid():N}.db");
        _settings = new Dictionary<string, string?>(settings)
        {
            [DatabaseSettings.ConnectionStringKey] = $"Data Source={DatabasePath}",
        };
        _settings.TryAdd("Demo:Enabled", "true");
    }

    public string DatabasePath { get; }

    /// <summary>Services configured by a test on top of the app's own (say, an extra authentication scheme).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    public string Environment { get; init; } = Environments.Development;

    public FamilyCaseDb CreateDb() =>
        Services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureTestServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}
