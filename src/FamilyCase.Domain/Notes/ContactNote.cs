using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Notes;

/// <summary>
/// A dated record of contact with the family. Notes may be requested in court (Criminal Code ss. 278.1–278.91),
/// so they stay factual; a confidential note is never shown to court-support staff.
/// </summary>
public class ContactNote : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public ContactKind Kind { get; set; }
    public DateTime OccurredAtUtc { get; set; }
    public int? DurationMinutes { get; set; }
    public required string Text { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public bool Confidential { get; set; }
    public int AuthorStaffId { get; set; }
    public StaffMember? Author { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<FamilyMember> MembersInvolved { get; } = [];
}
