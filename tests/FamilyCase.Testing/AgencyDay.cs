using FamilyCase.Domain.Time;

namespace FamilyCase.Testing;

/// <summary>
/// Today in the agency's time zone, as the app sees it. The machine's own date is UTC here, which is already tomorrow in
/// Toronto every evening, and a form dated then is rightly refused as being in the future.
/// </summary>
public static class AgencyDay
{
    private static readonly AgencyTime Time = new(TimeZoneInfo.FindSystemTimeZoneById(AgencyTime.DefaultTimeZone));

    public static DateOnly Today => Time.Today(TimeProvider.System);

    public static DateTime TodayAsDateTime => Today.ToDateTime(TimeOnly.MinValue);
}
