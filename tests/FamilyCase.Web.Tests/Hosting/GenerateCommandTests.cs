using FamilyCase.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace FamilyCase.Web.Tests.Hosting;

/// <summary>The <c>generate</c> command a person runs for scale work, run as they would, into a fresh database.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "familycase-generate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Generating_into_a_new_database_adds_families_with_court_dates_goals_and_referrals()
    {
        // Development, as `dotnet run` starts it: the service graph is checked when the app is built.
        var exit = await GenerateCommand.RunAsync(["generate", "--families", "60", "--seed", "3", $"--Database:DataFolder={_folder}", "--environment", "Development"]);

        Assert.Equal(0, exit);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "familycase.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(60L, await CountAsync(connection, "Families"));
        Assert.True(await CountAsync(connection, "PlanGoals") >= 60);
        Assert.True(await CountAsync(connection, "Referrals") > 0);
        Assert.True(await CountAsync(connection, "ServicePrograms") > 0);
        Assert.Equal(0L, await CountAsync(connection, "Teams WHERE Area IS NULL"));
    }

    [Fact]
    public async Task Wrong_options_print_the_usage_and_exit_with_64() =>
        Assert.Equal(64, await GenerateCommand.RunAsync(["generate", "--families", "many"]));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string from)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {from}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
