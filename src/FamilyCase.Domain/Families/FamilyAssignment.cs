using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Families;

/// <summary>A member of staff working with a family for a period; an assignment ends rather than being deleted, so the history stays.</summary>
public class FamilyAssignment
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public AssignmentKind Kind { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public string? Reason { get; set; }

    public bool IsActive => EndedAtUtc is null;
}
