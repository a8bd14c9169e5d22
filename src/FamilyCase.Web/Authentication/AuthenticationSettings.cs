using FamilyCase.Data;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Authentication;

/// <summary>How people sign in and how long a session lasts, read and checked once at start.</summary>
public sealed record AuthenticationSettings(
    AuthenticationMode Mode,
    TimeSpan IdleTimeout,
    TimeSpan IdleWarning,
    IReadOnlyDictionary<string, StaffRole> EntraRoleMap)
{
    public const string ModeKey = "Authentication:Mode";
    public const string IdleTimeoutKey = "Authentication:IdleTimeout";
    public const string IdleWarningKey = "Authentication:IdleWarning";
    public const string AbsoluteLifetimeKey = "Authentication:AbsoluteLifetime";
    public const string RevalidationIntervalKey = "Authentication:RevalidationInterval";
    public const string SignInAttemptsKey = "Authentication:SignInAttemptsPerMinute";
    public const string RoleMapKey = "Authentication:EntraId:RoleMap";
    public const string EntraSectionName = "AzureAd";

    public static readonly TimeSpan DefaultIdleTimeout = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan DefaultIdleWarning = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestIdleTime = TimeSpan.FromHours(12);
    public static readonly TimeSpan DefaultAbsoluteLifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan DefaultRevalidationInterval = TimeSpan.FromMinutes(5);
    public const int DefaultSignInAttemptsPerMinute = 30;

    /// <summary>However busy a person is, a session ends this long after they signed in.</summary>
    public TimeSpan AbsoluteLifetime { get; init; } = DefaultAbsoluteLifetime;

    /// <summary>How often role, team and active status are read again from the database for an open session.</summary>
    public TimeSpan RevalidationInterval { get; init; } = DefaultRevalidationInterval;

    /// <summary>Sign-in attempts allowed from one network address per minute.</summary>
    public int SignInAttemptsPerMinute { get; init; } = DefaultSignInAttemptsPerMinute;

    public SessionRules Sessions => new(IdleTimeout, AbsoluteLifetime);

    public static AuthenticationSettings From(IConfiguration configuration)
    {
        var mode = ReadMode(configuration[ModeKey]);
        var second = TimeSpan.FromSeconds(1);
        var idleTimeout = SettingReader.Duration(configuration, IdleTimeoutKey, DefaultIdleTimeout, second, LongestIdleTime);
        var idleWarning = SettingReader.Duration(configuration, IdleWarningKey, DefaultIdleWarning, second, LongestIdleTime);
        if (idleWarning >= idleTimeout)
        {
            throw new InvalidSettingException(IdleWarningKey, $"the warning ({idleWarning}) must come before the idle timeout ({idleTimeout}).");
        }

        var lifetime = SettingReader.Duration(configuration, AbsoluteLifetimeKey, DefaultAbsoluteLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7));
        if (lifetime < idleTimeout)
        {
            throw new InvalidSettingException(AbsoluteLifetimeKey, $"the session lifetime ({lifetime}) cannot be shorter than the idle timeout ({idleTimeout}).");
        }

        var roleMap = ReadRoleMap(configuration);
        if (mode == AuthenticationMode.EntraId)
        {
            RequireEntraSetting(configuration, "TenantId");
            RequireEntraSetting(configuration, "ClientId");
        }

        return new AuthenticationSettings(mode, idleTimeout, idleWarning, roleMap)
        {
            AbsoluteLifetime = lifetime,
            // Never longer than the idle timeout, so an open page learns of an idle end in time.
            RevalidationInterval = Min(SettingReader.Duration(configuration, RevalidationIntervalKey, DefaultRevalidationInterval, TimeSpan.Zero, TimeSpan.FromHours(1)), idleTimeout),
            SignInAttemptsPerMinute = SettingReader.Number(configuration, SignInAttemptsKey, DefaultSignInAttemptsPerMinute, 1, 100_000),
        };
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

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
