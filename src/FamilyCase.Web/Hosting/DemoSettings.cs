namespace FamilyCase.Web.Hosting;

/// <summary>Whether the invented demo agency is loaded into an empty database, and with which password.</summary>
public sealed record DemoSettings(bool Enabled, string Password, string SeedFolder)
{
    public const string EnabledKey = "Demo:Enabled";
    public const string PasswordKey = "Demo:Password";
    public const string SeedFolderKey = "Demo:SeedFolder";

    /// <summary>Published in the README: never acceptable outside Development.</summary>
    public const string PublishedPassword = "Family-Demo-2026!";

    public static DemoSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var enabled = SettingReader.YesNo(configuration, EnabledKey, environment.IsDevelopment());
        var password = configuration[PasswordKey] is { Length: > 0 } configured ? configured : PublishedPassword;
        if (enabled && !environment.IsDevelopment() && password == PublishedPassword)
        {
            throw new Data.InvalidSettingException(EnabledKey,
                $"demo accounts with the published password never load outside Development ({environment.EnvironmentName}); turn demo mode off, or set {PasswordKey} to a password of your own.");
        }

        var folder = configuration[SeedFolderKey] is { Length: > 0 } path
            ? Path.GetFullPath(path, environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "seeds", "demo");
        return new DemoSettings(enabled, password, folder);
    }
}
