using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

public enum InterviewKind
{
    Police,
    ChildAdvocacyCentre,
    Crown,
    Medical,
    ChildProtection,
    Other,
}

public enum InterviewStatus
{
    Arranged,
    Given,
    Cancelled,
}

/// <summary>
/// One line of the "tell it once" ledger: an interview or statement a member gave, or one being arranged. Every retelling costs
/// the person something, so a new one is arranged only when the earlier ones do not serve.
/// </summary>
public class Interview : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public InterviewKind Kind { get; set; }
    public InterviewStatus Status { get; set; }
    public DateOnly On { get; set; }

    /// <summary>Who conducted it: the service or person, never the content.</summary>
    public required string ConductedBy { get; set; }
    public bool Recorded { get; set; }
    public string? RecordingHeldBy { get; set; }

    /// <summary>Why a further interview is needed although the person has told it before.</summary>
    public string? WhyNeeded { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}
