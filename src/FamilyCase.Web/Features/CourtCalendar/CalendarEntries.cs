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

public sealed record CalendarAttendee(string Member, AttendanceRole Role, string? AccompaniedBy);

public sealed record CalendarEntry(
    int Id, int FamilyId, string FileNumber, string FamilyName, CourtEventKind Kind, DateTime StartsAtUtc, int? ExpectedMinutes,
    string Courthouse, string? Room, bool Virtual, IReadOnlyList<CalendarAttendee> Attendees)
{
    /// <summary>A member attends and nobody from the agency goes with them.</summary>
    public bool Unaccompanied => Attendees.Any(a => a.AccompaniedBy is null);
}

public sealed record CalendarChoice(int Id, string Label);

/// <summary>The court dates in the window, and the choices for the filters (from the unfiltered window).</summary>
public sealed record CalendarPage(IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<string> Courthouses, IReadOnlyList<CalendarChoice> Workers, IReadOnlyList<CalendarChoice> Families);
