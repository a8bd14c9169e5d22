using FamilyCase.Data;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Web.Authentication;

/// <summary>How people sign in and how long an idle session lasts, read and checked once at start.</summary>
public sealed record AuthenticationSettings(
    AuthenticationMode Mode,
    TimeSpan IdleTimeout,
    TimeSpan IdleWarning,
    IReadOnlyDictionary<string, StaffRole> EntraRoleMap)
{
    public const string ModeKey = "Authentication:Mode";
    public const string IdleTimeoutKey = "Authentication:IdleTimeout";
    public const string IdleWarningKey = "Authentication:IdleWarning";
    public const string RoleMapKey = "Authentication:EntraId:RoleMap";
    public const string EntraSectionName = "AzureAd";

    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan DefaultIdleWarning = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestIdleTime = TimeSpan.FromHours(12);

    public static AuthenticationSettings From(IConfiguration configuration)
    {
        var mode = ReadMode(configuration[ModeKey]);
        var idleTimeout = ReadDuration(configuration, IdleTimeoutKey, DefaultIdleTimeout);
        var idleWarning = ReadDuration(configuration, IdleWarningKey, DefaultIdleWarning);
        if (idleWarning >= idleTimeout)
        {
            throw new InvalidSettingException(IdleWarningKey, $"the warning ({idleWarning}) must come before the idle timeout ({idleTimeout}).");
        }

        var roleMap = ReadRoleMap(configuration);
        if (mode == AuthenticationMode.EntraId)
        {
            RequireEntraSetting(configuration, "TenantId");
            RequireEntraSetting(configuration, "ClientId");
        }

        return new AuthenticationSettings(mode, idleTimeout, idleWarning, roleMap);
    }

    private static AuthenticationMode ReadMode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AuthenticationMode.Local;
        }

        return Enum.TryParse<AuthenticationMode>(text, ignoreCase: true, out var mode)
            ? mode
            : throw new InvalidSettingException(ModeKey, $"'{text}' is not a known sign-in mode; use 'Local' or 'EntraId'.");
    }

    private static TimeSpan ReadDuration(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        // A bare number such as "20" parses as 20 days; a sign-out that far away is no sign-out, so it is refused.
        return TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero && value <= LongestIdleTime
            ? value
            : throw new InvalidSettingException(key, $"'{text}' is not a duration between 00:00:01 and 12:00:00; write it as hh:mm:ss, for example 00:20:00.");
    }

    private static Dictionary<string, StaffRole> ReadRoleMap(IConfiguration configuration)
    {
        // By default Entra app role values are our own role names.
        var map = RoleNames.All.ToDictionary(name => name, Enum.Parse<StaffRole>, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in configuration.GetSection(RoleMapKey).GetChildren())
        {
            if (!Enum.TryParse<StaffRole>(entry.Value, ignoreCase: true, out var role))
            {
                throw new InvalidSettingException($"{RoleMapKey}:{entry.Key}", $"'{entry.Value}' is not a FamilyCase role; use one of {string.Join(", ", RoleNames.All)}.");
            }

            map[entry.Key] = role;
        }

        return map;
    }

    private static void RequireEntraSetting(IConfiguration configuration, string name)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{EntraSectionName}:{name}"]))
        {
            throw new InvalidSettingException($"{EntraSectionName}:{name}", "is required when Authentication:Mode is 'EntraId'.");
        }
    }
}
