namespace FamilyCase.Web.Hosting;

/// <summary>Whether the invented demo agency is loaded into an empty database, and with which password.</summary>
public sealed record DemoSettings(bool Enabled, string Password, string SeedFolder)
{
    public const string EnabledKey = "Demo:Enabled";
    public const string PasswordKey = "Demo:Password";
    public const string SeedFolderKey = "Demo:SeedFolder";
    public const string DefaultPassword = "Family-Demo-2026!";

    public static DemoSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var enabled = configuration[EnabledKey] switch
        {
            null or "" => environment.IsDevelopment(),
            var text when bool.TryParse(text, out var value) => value,
            var text => throw new Data.InvalidSettingException(EnabledKey, $"'{text}' is not true or false."),
        };
        var password = configuration[PasswordKey] is { Length: > 0 } configured ? configured : DefaultPassword;
        var folder = configuration[SeedFolderKey] is { Length: > 0 } path
            ? Path.GetFullPath(path, environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "seeds", "demo");
        return new DemoSettings(enabled, password, folder);
    }
}
