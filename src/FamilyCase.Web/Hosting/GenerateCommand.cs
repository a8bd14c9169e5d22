using System.Diagnostics;
using System.Globalization;
using FamilyCase.Data;
using FamilyCase.Data.Seeding;
using FamilyCase.Web.Features.Justice;

namespace FamilyCase.Web.Hosting;

/// <summary>
/// <c>generate --families N [--seed S]</c>: adds N invented families to the configured database for scale work.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args)
    {
        var families = ReadNumber(args, "--families", fallback: 1_000);
        var seed = ReadNumber(args, "--seed", fallback: 42);
        if (families is null || seed is null)
        {
            await Console.Error.WriteLineAsync("Usage: generate --families N [--seed S]   (N and S are whole numbers; N at least 1)");
            return 64;
        }

        var builder = WebApplication.CreateBuilder(ConfigurationArguments(args));
        DatabaseSettings database;
        try
        {
            database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        }
        catch (InvalidSettingException problem)
        {
            await Console.Error.WriteLineAsync($"FamilyCase cannot start. {problem.Message}");
            return 1;
        }

        builder.Services.AddFamilyCaseData(database);

        // The data services include the demo seeder, which dates its records in the agency's time and counts deadlines as the app does.
        builder.Services.AddSingleton(AgencySettings.Time(builder.Configuration));
        builder.Services.AddSingleton(JusticeSettings.From(builder.Configuration).Deadlines);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var clock = Stopwatch.StartNew();
        var progress = new Progress<int>(done => Console.Out.Write($"\r  {done:N0} of {families:N0} families"));
        var report = await scope.ServiceProvider.GetRequiredService<SyntheticFamilyGenerator>().GenerateAsync(families.Value, seed.Value, progress);
        Console.Out.WriteLine();
        Console.Out.WriteLine($"Added {report.Summary} in {clock.Elapsed.TotalSeconds:N1} s to {database.Provider}.");
        return 0;
    }

    /// <summary>Everything but the command and its own options, so settings such as <c>--Database:DataFolder=…</c> still apply.</summary>
    private static string[] ConfigurationArguments(string[] args)
    {
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is "--families" or "--seed")
            {
                i++;
                continue;
            }

            rest.Add(args[i]);
        }

        return [.. rest];
    }

    private static int? ReadNumber(string[] args, string option, int fallback)
    {
        var at = Array.IndexOf(args, option);
        if (at < 0)
        {
            return fallback;
        }

        return at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
    }
}
