using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FamilyCase.Testing;
using FamilyCase.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Hosting;

/// <summary>What keeps a real deployment safe: no published demo password, and an encrypted key ring when a certificate is given.</summary>
public sealed class ProductionSafetyTests
{
    [Fact]
    public async Task Demo_accounts_with_the_published_password_never_load_outside_development()
    {
        var (exitCode, errors) = await StartAsync(new Dictionary<string, string> { ["Demo__Enabled"] = "true" }, Path.Combine(Path.GetTempPath(), $"familycase-prod-{Guid.NewGuid():N}.db"));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("FamilyCase cannot start. Setting 'Demo:Enabled': demo accounts with the published password never load outside Development", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_refuses_to_start_in_production_on_a_database_holding_the_published_demo_accounts()
    {
        var database = Path.Combine(Path.GetTempPath(), $"familycase-prod-{Guid.NewGuid():N}.db");
        await using (var development = new FamilyCaseAppFactory(new Dictionary<string, string?>(), database))
        {
            _ = development.Server;
        }

        try
        {
            var (exitCode, errors) = await StartAsync(new Dictionary<string, string>(), database);

            Assert.Equal(3, exitCode);
            Assert.StartsWith("FamilyCase cannot start. This Production database has demo accounts that sign in with the published demo password (amira, dana,", errors, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    [Fact]
    public async Task With_a_certificate_configured_the_data_protection_keys_are_encrypted_at_rest()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"familycase-keys-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=FamilyCase key protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        try
        {
            await using var app = new FamilyCaseAppFactory(new Dictionary<string, string?>
            {
                [KeyProtection.PathKey] = pfx,
                [KeyProtection.PasswordKey] = "test-password",
            });
            using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);
            Assert.Contains("My caseload", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

            await using var db = app.CreateDb();
            var key = (await db.DataProtectionKeys.FirstAsync()).Xml!;
            Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private static async Task<(int ExitCode, string FirstError)> StartAsync(IReadOnlyDictionary<string, string> settings, string database)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FamilyCase.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__FamilyCase"] = $"Data Source={database}";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        return (process.ExitCode, errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
    }
}
