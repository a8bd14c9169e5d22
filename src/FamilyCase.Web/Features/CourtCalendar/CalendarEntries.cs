using FamilyCase.Domain.Justice;

namespace FamilyCase.Web.Features.CourtCalendar;

public enum CalendarView
{
    Day,
    Week,
    List,
}

/// <param name="WorkerId">Court dates where this worker goes with someone, or of families assigned to them.</param>
public sealed record CalendarRequest(DateOnly From, int Days, string? Courthouse = null, int? WorkerId = null, int? FamilyId = null)
{
    public const int LongestWindowDays = 62;
}

public sealed record CalendarAttendee(string Member, AttendanceRole Role, int? AccompaniedByStaffId, string? AccompaniedBy);

public sealed record CalendarEntry(
    int Id, int FamilyId, string FileNumber, string FamilyName, CourtEventKind Kind, DateTime StartsAtUtc, int? ExpectedMinutes,
    string Courthouse, string? Room, bool Virtual, IReadOnlyList<CalendarAttendee> Attendees)
{
    public bool Unaccompanied => CourtEvent.SomeoneAttendsAlone(Attendees.Select(a => a.AccompaniedByStaffId));
}

public sealed record CalendarChoice(int Id, string Label);

/// <summary>The court dates in the window, and the choices for the filters (from the unfiltered window).</summary>
/// <param name="Incomplete">The window held more court dates than one page shows; the page says so and asks for fewer days or a filter.</param>
public sealed record CalendarPage(IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<string> Courthouses, IReadOnlyList<CalendarChoice> Workers, IReadOnlyList<CalendarChoice> Families, bool Incomplete = false)
{
    public const int MostDates = 2000;
}
