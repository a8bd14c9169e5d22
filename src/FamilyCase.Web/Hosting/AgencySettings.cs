using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Time;

namespace FamilyCase.Web.Hosting;

/// <summary>Agency-wide choices: the time zone, and how far emergency access reaches.</summary>
public static class AgencySettings
{
    public const string TimeZoneKey = "Agency:TimeZone";
    public const string EmergencyMaxPerDayKey = "EmergencyAccess:MaxPerDay";
    public const string EmergencyCrossTeamKey = "EmergencyAccess:CrossTeam";
    public const string EmergencyMaxRequestsPerDayKey = "EmergencyAccess:MaxRequestsPerDay";

    public static AgencyTime Time(IConfiguration configuration)
    {
        var id = configuration[TimeZoneKey] is { Length: > 0 } configured ? configured : AgencyTime.DefaultTimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? new AgencyTime(zone)
            : throw new InvalidSettingException(TimeZoneKey, $"'{id}' is not a time zone this server knows; use an IANA name such as America/Toronto.");
    }

    public static EmergencyAccessRules EmergencyAccess(IConfiguration configuration) => EmergencyAccessRules.Default with
    {
        MaxGrantsPerDay = SettingReader.Number(configuration, EmergencyMaxPerDayKey, EmergencyAccessRules.Default.MaxGrantsPerDay, 0, 50),
        CrossTeam = SettingReader.YesNo(configuration, EmergencyCrossTeamKey, EmergencyAccessRules.Default.CrossTeam),
        MaxRequestsPerDay = SettingReader.Number(configuration, EmergencyMaxRequestsPerDayKey, EmergencyAccessRules.Default.MaxRequestsPerDay, 1, 100),
    };
}
