using System.Diagnostics;

namespace FamilyCase.Web.Tests.Hosting;

/// <summary>Starts the real app as a separate process with a bad setting and reads what the operator would see.</summary>
public class StartupFailureTests
{
    [Theory]
    [InlineData("Database__Provider", "Oracle", "Setting 'Database:Provider': 'Oracle' is not a known database provider; use 'Sqlite' or 'SqlServer'.")]
    [InlineData("Database__Provider", "SqlServer", "Setting 'ConnectionStrings:FamilyCase': is required when Database:Provider is 'SqlServer'.")]
    [InlineData("Authentication__Mode", "EntraId", "Setting 'AzureAd:TenantId': is required when Authentication:Mode is 'EntraId'.")]
    [InlineData("Agency__TimeZone", "Mars/Olympus", "Setting 'Agency:TimeZone': 'Mars/Olympus' is not a time zone this server knows")]
    [InlineData("Demo__Enabled", "sometimes", "Setting 'Demo:Enabled': 'sometimes' is not true or false.")]
    [InlineData("Authentication__IdleTimeout", "20", "Setting 'Authentication:IdleTimeout': '20' is not a duration between 00:00:01 and 12:00:00")]
    [InlineData("Assessments__Pcl5CutPoint", "50", "Setting 'Assessments:Pcl5CutPoint': '50' is not a whole number from 31 to 45.")]
    public async Task A_bad_setting_stops_the_start_with_one_line_that_names_it(string variable, string value, string expected)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "FamilyCase.Web.dll");
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment[variable] = value;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"FamilyCase cannot start. {expected}", line, StringComparison.Ordinal);
    }
}
