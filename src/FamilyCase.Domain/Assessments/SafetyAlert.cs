using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Assessments;

/// <summary>
/// Raised the moment an answer shows a safety risk. The worker records what they did before going on;
/// the alert shows on the family file and to the supervisor until a supervisor acknowledges it.
/// </summary>
public class SafetyAlert
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? FamilyMember { get; set; }
    public int AssessmentId { get; set; }
    public Assessment? Assessment { get; set; }
    public AlertKind Kind { get; set; }
    public DateTime RaisedAtUtc { get; set; }
    public string? ActionTaken { get; set; }
    public int? ActionRecordedByStaffId { get; set; }
    public StaffMember? ActionRecordedBy { get; set; }
    public DateTime? ActionRecordedAtUtc { get; set; }
    public int? AcknowledgedByStaffId { get; set; }
    public StaffMember? AcknowledgedBy { get; set; }
    public DateTime? AcknowledgedAtUtc { get; set; }
    public string? AcknowledgementNote { get; set; }

    public bool NeedsAction => ActionTaken is null;

    public bool IsOpen => AcknowledgedAtUtc is null;
}
