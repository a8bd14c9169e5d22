using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

/// <summary>
/// A case in court that touches the family: a prosecution, a child-protection or family matter, or a restraining order.
/// The accused is named only by a label the agency chooses, never necessarily a name.
/// </summary>
public class LegalProceeding : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public ProceedingKind Kind { get; set; }
    public required string Court { get; set; }
    public string? CourtLocation { get; set; }
    public string? CourtFileNumber { get; set; }
    public string? AccusedLabel { get; set; }
    public string? CrownContact { get; set; }
    public string? VictimWitnessContact { get; set; }
    public string? PoliceService { get; set; }
    public string? PoliceOfficer { get; set; }
    public DateOnly OpenedOn { get; set; }
    public ProceedingStatus Status { get; set; } = ProceedingStatus.Open;

    /// <summary>When the present status began; the opening date while the proceeding is open.</summary>
    public DateOnly StatusOn { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<Charge> Charges { get; } = [];
    public List<PublicationBan> PublicationBans { get; } = [];
    public List<CourtCondition> Conditions { get; } = [];
    public List<CourtEvent> Events { get; } = [];

    public bool IsOpen => Status == ProceedingStatus.Open;

    /// <summary>Why the move to <paramref name="status"/> on <paramref name="on"/> is not allowed, or null after making it.</summary>
    public string? MoveTo(ProceedingStatus status, DateOnly on)
    {
        if (ProceedingStatuses.Moves.Problem(Status, status) is { } problem)
        {
            return problem;
        }

        if (status == Status)
        {
            return null;
        }

        if (on < OpenedOn)
        {
            return "The status cannot change before the proceeding opened.";
        }

        Status = status;
        StatusOn = on;
        return null;
    }
}
