using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

/// <summary>A date in court. The family id is kept on the event so the calendar can find a family's events without the proceeding.</summary>
public class CourtEvent : IVersioned
{
    public const int LongestMinutes = 5 * 24 * 60;

    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int ProceedingId { get; set; }
    public LegalProceeding? Proceeding { get; set; }
    public CourtEventKind Kind { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public int? ExpectedMinutes { get; set; }
    public required string Courthouse { get; set; }
    public string? Room { get; set; }
    public bool Virtual { get; set; }

    /// <summary>What happened, in plain words: "Adjourned to 12 March", "Bail granted with conditions".</summary>
    public string? Outcome { get; set; }

    /// <summary>Where the family meets the person going with them, written to the family: it is printed on their court-day sheet.</summary>
    public string? MeetingPoint { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<CourtAttendance> Attendances { get; } = [];
    public List<Accommodation> Accommodations { get; } = [];

    /// <summary>A member attends and nobody from the agency goes with them: the Justice tab and the calendar mark it.</summary>
    /// <param name="accompaniedBy">For each person attending, the member of staff going with them, or null.</param>
    public static bool SomeoneAttendsAlone(IEnumerable<int?> accompaniedBy) => accompaniedBy.Any(staffId => staffId is null);
}
