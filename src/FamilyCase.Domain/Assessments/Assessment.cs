using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Assessments;

/// <summary>
/// One instrument administered with one family member. The score columns are written only by the system from
/// the answers when the assessment is completed; a correction is a new assessment that points back to this one.
/// </summary>
public class Assessment : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? FamilyMember { get; set; }
    public required string InstrumentCode { get; set; }
    public required string InstrumentVersion { get; set; }
    public string Language { get; set; } = "English";
    public AdministrationMode Mode { get; set; } = AdministrationMode.WorkerAdministered;
    public int AdministeredByStaffId { get; set; }
    public StaffMember? AdministeredBy { get; set; }
    public AssessmentStatus Status { get; set; } = AssessmentStatus.Draft;

    /// <summary>The check-in's wording the person was asked in; null for the screens, which have one wording.</summary>
    public CheckInWording? Wording { get; set; }

    /// <summary>The step the person reached, so a paused assessment opens where it was left.</summary>
    public int CurrentStep { get; set; }

    /// <summary>PCL-5 only: the stressful experience in the person's own chosen words — a name, never an account.</summary>
    public string? StressfulExperience { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? CompletedAtUtc { get; set; }
    public int? Total { get; set; }
    public string? Band { get; set; }
    public bool IsComplete { get; set; }

    /// <summary>PCL-5 only: the cut-point in force when it was scored, so a later setting change never rewrites this result.</summary>
    public int? CutPoint { get; set; }
    public int? ReviewedByStaffId { get; set; }
    public StaffMember? ReviewedBy { get; set; }
    public DateTime? ReviewedAtUtc { get; set; }
    public string? ReviewComment { get; set; }

    /// <summary>The assessment this one corrects; the original is kept unchanged.</summary>
    public int? CorrectsAssessmentId { get; set; }
    public string? CorrectionReason { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<AssessmentAnswer> Answers { get; } = [];

    public bool IsReadOnly => Status != AssessmentStatus.Draft;
}
