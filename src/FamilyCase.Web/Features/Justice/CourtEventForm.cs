using System.Globalization;
using FamilyCase.Domain.Justice;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;

namespace FamilyCase.Web.Features.Justice;

/// <summary>A family member going to the court date, in a role, and who from the agency goes with them.</summary>
public sealed class AttendeeLine
{
    public int Id { get; set; }
    public int? MemberId { get; set; }
    public AttendanceRole Role { get; set; } = AttendanceRole.Witness;
    public int? AccompaniedByStaffId { get; set; }
    public bool Transport { get; set; }
    public bool Childcare { get; set; }

    public AttendeeLine Copy() => (AttendeeLine)MemberwiseClone();
}

/// <summary>One testimonial aid or accommodation for one member at this court date.</summary>
public sealed class AidLine
{
    public int Id { get; set; }
    public int? MemberId { get; set; }
    public AccommodationKind Kind { get; set; } = AccommodationKind.CctvOrScreen;
    public AccommodationStatus Status { get; set; } = AccommodationStatus.Requested;

    /// <summary>The status as saved; the choices offered are the moves from it.</summary>
    public AccommodationStatus SavedStatus { get; set; } = AccommodationStatus.Requested;
    public DateTime? RequestedOn { get; set; }
    public DateTime? StatusOn { get; set; }
    public int? SupportPersonMemberId { get; set; }
    public string? Note { get; set; }

    public AidLine Copy() => (AidLine)MemberwiseClone();
}

/// <summary>What the court-date dialog edits; the date and time are in the agency's time zone.</summary>
public sealed class CourtEventForm : IEditForm<CourtEventForm>
{
    public int Id { get; set; }
    public int Version { get; set; }
    public int? ProceedingId { get; set; }
    public CourtEventKind Kind { get; set; } = CourtEventKind.FirstAppearance;
    public DateTime? Date { get; set; }
    public TimeSpan? Time { get; set; }

    /// <summary>Expected length in minutes, as typed.</summary>
    public string? Duration { get; set; }
    public string Courthouse { get; set; } = "";
    public string? Room { get; set; }
    public bool Virtual { get; set; }
    public string? Outcome { get; set; }
    public string? MeetingPoint { get; set; }
    public List<AttendeeLine> Attendees { get; set; } = [];
    public List<AidLine> Aids { get; set; } = [];

    public int? DurationMinutes => int.TryParse(Duration?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes : null;

    public CourtEventForm Copy()
    {
        var copy = (CourtEventForm)MemberwiseClone();
        copy.Attendees = Attendees.Select(a => a.Copy()).ToList();
        copy.Aids = Aids.Select(a => a.Copy()).ToList();
        return copy;
    }

    /// <summary>The fields that set when and where the hearing is and what kind it is: court-support staff do not change these.</summary>
    public string Schedule() => string.Join("|", ProceedingId, Kind, Day(Date), Time?.ToString(@"hh\:mm", CultureInfo.InvariantCulture), Duration?.Trim(), Courthouse.Trim(), Room?.Trim(), Virtual);

    /// <summary>Takes the kind, date, time and place from another version of the form (for someone who may not change them).</summary>
    public void TakeScheduleFrom(CourtEventForm other)
    {
        ProceedingId = other.ProceedingId;
        Kind = other.Kind;
        Date = other.Date;
        Time = other.Time;
        Duration = other.Duration;
        Courthouse = other.Courthouse;
        Room = other.Room;
        Virtual = other.Virtual;
    }

    public static string? CheckDuration(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and <= CourtEvent.LongestMinutes)
            ? null
            : $"Please enter the expected length as whole minutes from 1 to {CourtEvent.LongestMinutes}, or leave it empty.";

    public static IReadOnlyList<FieldConflict> ChangedByOthers(CourtEventForm loaded, CourtEventForm theirs, CourtEventForm mine) =>
        FieldConflicts.ChangedByOthers(Fields, loaded, theirs, mine);

    private static string Day(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static readonly ComparedField<CourtEventForm>[] Fields =
    [
        new("Proceeding", f => f.ProceedingId?.ToString(CultureInfo.InvariantCulture)),
        new("Kind of hearing", f => JusticeWords.Event(f.Kind)),
        new("Date", f => Day(f.Date)),
        new("Time", f => f.Time?.ToString(@"hh\:mm", CultureInfo.InvariantCulture)),
        new("Expected length (minutes)", f => f.Duration?.Trim()),
        new("Courthouse", f => f.Courthouse),
        new("Room", f => f.Room),
        new("Virtual", f => f.Virtual ? "Yes" : "No"),
        new("Outcome", f => f.Outcome),
        new("Where to meet", f => f.MeetingPoint),
        new("Who attends", f => string.Join("; ", f.Attendees.Select(a => $"{a.MemberId}:{a.Role}:{a.AccompaniedByStaffId}:{a.Transport}:{a.Childcare}"))),
        new("Accommodations", f => string.Join("; ", f.Aids.Select(a => $"{a.MemberId}:{a.Kind}:{a.Status}:{Day(a.RequestedOn)}:{Day(a.StatusOn)}:{a.SupportPersonMemberId}:{a.Note}"))),
    ];
}
