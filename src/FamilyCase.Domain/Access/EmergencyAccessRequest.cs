using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Access;

public enum RequestStatus
{
    Pending,
    Granted,
    Declined,
}

/// <summary>
/// A caseworker's request for emergency access that they may not grant themselves (another team's family, a closed file,
/// or the day's limit reached). A supervisor of the family's team grants or declines it.
/// </summary>
public class EmergencyAccessRequest
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public int? StaffTeamId { get; set; }
    public int FamilyTeamId { get; set; }
    public required string Reason { get; set; }
    public DateTime RequestedAtUtc { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Pending;
    public int? DecidedByStaffId { get; set; }
    public StaffMember? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? DecisionNote { get; set; }

    /// <summary>The grant made when the request was granted.</summary>
    public int? EmergencyAccessId { get; set; }
    public EmergencyAccess? EmergencyAccess { get; set; }
}
