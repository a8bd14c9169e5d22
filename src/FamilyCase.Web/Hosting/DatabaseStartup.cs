using System.Data.Common;
using FamilyCase.Data;
using FamilyCase.Data.Seeding;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Web.Hosting;

/// <summary>Migrates the database, and in demo mode seeds it and prints the demo sign-ins, before the app takes requests.</summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, DemoSettings demo, DatabaseSettings database, IHostEnvironment environment, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        }
        catch (DbException problem)
        {
            throw new DatabaseUnavailableException(
                $"The {database.Provider} database could not be opened or migrated ({problem.Message}). Check '{DatabaseSettings.ConnectionStringKey}' or '{DatabaseSettings.DataFolderKey}'.",
                problem);
        }

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        if (!environment.IsDevelopment()
            && await seeder.AccountsWithPasswordAsync(demo.SeedFolder, DemoSettings.PublishedPassword, cancellationToken) is { Count: > 0 } published)
        {
            throw new UnsafeDatabaseException(
                $"This {environment.EnvironmentName} database has demo accounts that sign in with the published demo password ({string.Join(", ", published)}). Remove them or give them passwords of your own, then start again.");
        }

        if (!demo.Enabled)
        {
            return;
        }

        var accounts = await seeder.SeedAsync(demo.SeedFolder, demo.Password, cancellationToken);
        logger.LogInformation("Demo mode is on: {Count} demo accounts are available", accounts.Count);
        PrintDemoAccounts(accounts, demo.Password);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void PrintDemoAccounts(IReadOnlyList<DemoAccount> accounts, string password)
    {
        var lines = new List<string>
        {
            string.Empty,
            "FamilyCase demo accounts (invented people; every account uses the same password)",
            $"  password: {password}",
        };
        lines.AddRange(accounts.Select(a => $"  {a.UserName,-8} {RoleNames.DisplayName(a.Role),-14} {a.DisplayName,-18} {a.Team}"));
        lines.Add(string.Empty);
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
