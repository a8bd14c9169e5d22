namespace FamilyCase.Web.Components.Shared;

/// <summary>Times are stored in UTC and shown in the agency's time zone (setting <c>Agency:TimeZone</c>, default America/Toronto).</summary>
public sealed class AgencyTime
{
    public const string TimeZoneKey = "Agency:TimeZone";
    public const string DefaultTimeZone = "America/Toronto";

    public AgencyTime(IConfiguration configuration)
    {
        var id = configuration[TimeZoneKey] is { Length: > 0 } configured ? configured : DefaultTimeZone;
        Zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new Data.InvalidSettingException(TimeZoneKey, $"'{id}' is not a time zone this server knows; use an IANA name such as America/Toronto.");
    }

    public TimeZoneInfo Zone { get; }

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static string FormatDate(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-CA"));

    public string Format(DateTime utc) => ToLocal(utc).ToString("d MMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-CA"));
}
