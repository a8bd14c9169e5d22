using FamilyCase.Data;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using Microsoft.Extensions.Configuration;

namespace FamilyCase.Web.Tests.Hosting;

public class SettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    [Fact]
    public void Sqlite_is_the_default_with_a_file_in_the_data_folder()
    {
        var settings = DatabaseSettings.From(Config(), "/srv/familycase");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=/srv/familycase/App_Data/familycase.db", settings.ConnectionString);
    }

    [Fact]
    public void The_data_folder_can_be_moved()
    {
        var settings = DatabaseSettings.From(Config(("Database:DataFolder", "/var/lib/familycase")), "/srv/familycase");

        Assert.Equal("Data Source=/var/lib/familycase/familycase.db", settings.ConnectionString);
    }

    [Theory]
    [InlineData("Database:Provider", "Oracle", "'Oracle' is not a known database provider")]
    [InlineData("Authentication:Mode", "Kerberos", "'Kerberos' is not a known sign-in mode")]
    [InlineData("Authentication:IdleTimeout", "twenty minutes", "is not a duration between 00:00:01 and 12:00:00")]
    [InlineData("Authentication:IdleTimeout", "-00:05:00", "is not a duration between")]
    [InlineData("Authentication:IdleTimeout", "20", "is not a duration between")]
    [InlineData("Authentication:IdleWarning", "00:30:00", "must come before the idle timeout")]
    [InlineData("Authentication:EntraId:RoleMap:FC.Boss", "Director", "'Director' is not a FamilyCase role")]
    public void A_bad_setting_is_named_with_what_to_do(string key, string value, string problem)
    {
        var configuration = Config((key, value));

        var error = Assert.Throws<InvalidSettingException>(() =>
        {
            DatabaseSettings.From(configuration, "/srv");
            AuthenticationSettings.From(configuration);
        });

        Assert.Equal(key, error.Setting);
        Assert.StartsWith($"Setting '{key}': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_server_needs_a_connection_string()
    {
        var error = Assert.Throws<InvalidSettingException>(() => DatabaseSettings.From(Config(("Database:Provider", "SqlServer")), "/srv"));

        Assert.Equal("ConnectionStrings:FamilyCase", error.Setting);
    }

    [Theory]
    [InlineData("AzureAd:TenantId")]
    [InlineData("AzureAd:ClientId")]
    public void Entra_id_needs_its_tenant_and_client(string missing)
    {
        var values = new[] { ("Authentication:Mode", (string?)"EntraId"), ("AzureAd:TenantId", "contoso-tenant"), ("AzureAd:ClientId", "app-id") }
            .Where(v => v.Item1 != missing).ToArray();

        var error = Assert.Throws<InvalidSettingException>(() => AuthenticationSettings.From(Config(values)));

        Assert.Equal(missing, error.Setting);
    }

    [Fact]
    public void Idle_sign_out_defaults_to_twenty_minutes_with_a_warning_one_minute_before()
    {
        var settings = AuthenticationSettings.From(Config());

        Assert.Equal(AuthenticationMode.Local, settings.Mode);
        Assert.Equal(TimeSpan.FromMinutes(20), settings.IdleTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.IdleWarning);
    }

    [Fact]
    public void Entra_app_roles_can_be_mapped_to_our_roles()
    {
        var settings = AuthenticationSettings.From(Config(("Authentication:EntraId:RoleMap:FC.Court", "CourtSupport")));

        Assert.Equal(StaffRole.CourtSupport, settings.EntraRoleMap["FC.Court"]);
        Assert.Equal(StaffRole.Supervisor, settings.EntraRoleMap["Supervisor"]);
    }
}
