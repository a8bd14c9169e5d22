using System.Linq.Expressions;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Access;

/// <summary>
/// "Break the glass": a caseworker opens a family they are not assigned to, for a stated reason, for a limited time.
/// Every grant must be acknowledged by a supervisor of the caseworker's own team and of the family's team
/// (one acknowledgement when they are the same team).
/// </summary>
public class EmergencyAccess
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public required string Reason { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }

    /// <summary>The caseworker's team when the grant was made.</summary>
    public int? StaffTeamId { get; set; }

    /// <summary>The family's team when the grant was made.</summary>
    public int FamilyTeamId { get; set; }

    /// <summary>The supervisor who granted a request; null when the caseworker opened the file themselves.</summary>
    public int? GrantedByStaffId { get; set; }
    public StaffMember? GrantedBy { get; set; }
    public DateTime? StaffTeamAcknowledgedAtUtc { get; set; }
    public int? StaffTeamAcknowledgedByStaffId { get; set; }
    public StaffMember? StaffTeamAcknowledgedBy { get; set; }
    public DateTime? FamilyTeamAcknowledgedAtUtc { get; set; }
    public int? FamilyTeamAcknowledgedByStaffId { get; set; }
    public StaffMember? FamilyTeamAcknowledgedBy { get; set; }

    public static EmergencyAccess Grant(int familyId, int staffMemberId, string reason, DateTime nowUtc, TimeSpan? duration = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new EmergencyAccess
        {
            FamilyId = familyId,
            StaffMemberId = staffMemberId,
            Reason = reason.Trim(),
            StartedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + (duration ?? EmergencyAccessRules.DefaultDuration),
        };
    }

    /// <summary>A grant to this person that has not ended yet.</summary>
    public static Expression<Func<EmergencyAccess, bool>> LiveFor(int staffId, DateTime nowUtc) =>
        e => e.StaffMemberId == staffId && e.ExpiresAtUtc > nowUtc;

    /// <summary>Grants a supervisor of <paramref name="teamId"/> still has to acknowledge, for queries and for one grant alike.</summary>
    public static Expression<Func<EmergencyAccess, bool>> AwaitingAcknowledgementBy(int teamId) =>
        e => (e.StaffTeamId == teamId && e.StaffTeamAcknowledgedAtUtc == null) || (e.FamilyTeamId == teamId && e.FamilyTeamAcknowledgedAtUtc == null);

    /// <summary>Whether a supervisor of <paramref name="teamId"/> still has to acknowledge this grant.</summary>
    public bool AwaitsAcknowledgementBy(int teamId) => AwaitingAcknowledgementBy(teamId).Compile()(this);

    /// <summary>Records a supervisor's acknowledgement for their team; a supervisor of both teams acknowledges both at once.</summary>
    public void AcknowledgeFor(int teamId, int supervisorId, DateTime nowUtc)
    {
        if (StaffTeamId == teamId && StaffTeamAcknowledgedAtUtc is null)
        {
            StaffTeamAcknowledgedAtUtc = nowUtc;
            StaffTeamAcknowledgedByStaffId = supervisorId;
        }

        if (FamilyTeamId == teamId && FamilyTeamAcknowledgedAtUtc is null)
        {
            FamilyTeamAcknowledgedAtUtc = nowUtc;
            FamilyTeamAcknowledgedByStaffId = supervisorId;
        }
    }
}
