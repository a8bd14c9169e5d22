using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Access;

/// <summary>"Break the glass": a caseworker opens a family they are not assigned to, for a stated reason, for a limited time.</summary>
public class EmergencyAccess
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(4);

    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public required string Reason { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }

    public static EmergencyAccess Grant(int familyId, int staffMemberId, string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new EmergencyAccess
        {
            FamilyId = familyId,
            StaffMemberId = staffMemberId,
            Reason = reason.Trim(),
            StartedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Duration,
        };
    }
}
