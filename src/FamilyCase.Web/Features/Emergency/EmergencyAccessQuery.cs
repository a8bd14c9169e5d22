using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Emergency;

/// <summary>
/// One emergency access still to acknowledge. The family's name is shown only to a supervisor of the family's team; the
/// caseworker's own supervisor sees the file number and the team, not what is in the file.
/// </summary>
public sealed record AccessToAcknowledge(int Id, int FamilyId, string FileNumber, string? FamilyName, string FamilyTeam, string Staff, string Reason,
    DateTime StartedAtUtc, DateTime ExpiresAtUtc, string? GrantedBy);

public sealed record RequestToDecide(int Id, int FamilyId, string FileNumber, string FamilyName, string Staff, string StaffTeam, string Reason, DateTime RequestedAtUtc);

public sealed record EmergencyOversight(IReadOnlyList<AccessToAcknowledge> ToAcknowledge, IReadOnlyList<RequestToDecide> Requests)
{
    public bool IsEmpty => ToAcknowledge.Count == 0 && Requests.Count == 0;
}

/// <summary>What a supervisor must act on: emergency access not yet acknowledged for their team, and requests waiting for their decision.</summary>
public sealed class EmergencyAccessQuery(IDbContextFactory<FamilyCaseDb> factory, AuditTrail audit)
{
    public async Task<EmergencyOversight> ExecuteAsync(SignedInStaff supervisor, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayOverseeEmergencyAccess(supervisor.Scope))
        {
            return new EmergencyOversight([], []);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var toAcknowledge = await ToAcknowledgeAsync(db, supervisor.Scope, cancellationToken);
        var requests = await db.EmergencyAccessRequests.AsNoTracking().EmergencyRequestsVisibleTo(supervisor.Scope)
            .Where(r => r.Status == RequestStatus.Pending)
            .OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id)
            .Select(r => new RequestToDecide(r.Id, r.FamilyId, r.Family!.FileNumber, r.Family.DisplayName, r.StaffMember!.DisplayName,
                r.StaffMember.Team == null ? "no team" : r.StaffMember.Team.Name, r.Reason, r.RequestedAtUtc))
            .ToListAsync(cancellationToken);
        var oversight = new EmergencyOversight(toAcknowledge, requests);
        if (!oversight.IsEmpty)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, supervisor.DisplayName, supervisor.StaffId, "Supervision", "EmergencyAccess", null,
                $"Home page: {toAcknowledge.Count} emergency accesses to acknowledge, {requests.Count} requests to decide"), cancellationToken);
        }

        return oversight;
    }

    /// <summary>Emergency access a supervisor still has to acknowledge for their team: this panel and the dashboard's number and drill-down.</summary>
    internal static async Task<List<AccessToAcknowledge>> ToAcknowledgeAsync(FamilyCaseDb db, StaffScope scope, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayOverseeEmergencyAccess(scope))
        {
            return [];
        }

        var teamId = scope.TeamId!.Value;
        return await db.EmergencyAccesses.AsNoTracking().EmergencyAccessOverseenBy(scope)
            .Where(EmergencyAccess.AwaitingAcknowledgementBy(teamId))
            .OrderBy(e => e.StartedAtUtc).ThenBy(e => e.Id)
            .Select(e => new AccessToAcknowledge(e.Id, e.FamilyId, e.Family!.FileNumber, e.FamilyTeamId == teamId ? e.Family.DisplayName : null,
                e.Family.Team!.Name, e.StaffMember!.DisplayName, e.Reason, e.StartedAtUtc, e.ExpiresAtUtc, e.GrantedBy == null ? null : e.GrantedBy.DisplayName))
            .ToListAsync(cancellationToken);
    }
}
