using System.Data;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Emergency;

/// <summary>What the refusal page offers a caseworker: open the file now, ask a supervisor (with a request already waiting, or declined), or nothing.</summary>
public sealed record EmergencyOption(BreakGlassOutcome Outcome, string Explanation, RequestStatus? LatestRequest, string? DecisionNote);

/// <summary>
/// Emergency access as an exception, not a master key: a caseworker opens a family of their own team themselves, a few times a
/// day at most; anything else is a request that a supervisor of the family's team grants or declines. Every grant waits for a
/// supervisor of the caseworker's team and of the family's team to acknowledge it.
/// </summary>
public sealed class EmergencyAccessCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, EmergencyAccessRules rules)
{
    public const int LongestReason = 1000;

    public async Task<EmergencyOption> OptionAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var decision = await DecideAsync(db, staff, familyId, cancellationToken);
        var latest = await db.EmergencyAccessRequests.AsNoTracking().EmergencyRequestsVisibleTo(staff.Scope)
            .Where(r => r.FamilyId == familyId).OrderByDescending(r => r.RequestedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new { r.Status, r.DecisionNote }).FirstOrDefaultAsync(cancellationToken);
        return new EmergencyOption(decision.Outcome, decision.Explanation, latest?.Status, latest?.DecisionNote);
    }

    /// <summary>Opens the file now, when the rules let this caseworker do it themselves; the reason goes into the audit event.</summary>
    public async Task<SaveOutcome> OpenAsync(SignedInStaff staff, int familyId, string reason, CancellationToken cancellationToken)
    {
        if (CheckReason(reason) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);

        // Counting today's grants and adding one happen together, so a double click or a second tab cannot pass the limit.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var decision = await DecideAsync(db, staff, familyId, cancellationToken);
        if (decision.Outcome != BreakGlassOutcome.Open)
        {
            return SaveOutcome.Refused(decision.Explanation);
        }

        var familyTeam = await db.Families.Where(f => f.Id == familyId).Select(f => f.TeamId).SingleAsync(cancellationToken);
        var grant = EmergencyAccess.Grant(familyId, staff.StaffId, reason, Now, rules.Duration);
        grant.StaffTeamId = staff.TeamId;
        grant.FamilyTeamId = familyTeam;
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        db.EmergencyAccesses.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SaveOutcome.Done(grant.Id, 0);
    }

    /// <summary>Asks a supervisor of the family's team for emergency access, with the reason.</summary>
    public async Task<SaveOutcome> RequestAsync(SignedInStaff staff, int familyId, string reason, CancellationToken cancellationToken)
    {
        if (CheckReason(reason) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var decision = await DecideAsync(db, staff, familyId, cancellationToken);
        if (decision.Outcome == BreakGlassOutcome.Refused)
        {
            return SaveOutcome.Refused(decision.Explanation);
        }

        if (await db.EmergencyAccessRequests.AnyAsync(r => r.StaffMemberId == staff.StaffId && r.FamilyId == familyId && r.Status == RequestStatus.Pending, cancellationToken))
        {
            return SaveOutcome.Refused("You have already asked; a supervisor of the family's team will see your request on their home page.");
        }

        var startOfToday = time.StartOfDayUtc(time.Today(clock));
        var requestsToday = await db.EmergencyAccessRequests.CountAsync(r => r.StaffMemberId == staff.StaffId && r.RequestedAtUtc >= startOfToday, cancellationToken);
        if (rules.RequestLimitReached(requestsToday) is { } limit)
        {
            return SaveOutcome.Refused(limit);
        }

        var familyTeam = await db.Families.Where(f => f.Id == familyId).Select(f => f.TeamId).SingleAsync(cancellationToken);
        var request = new EmergencyAccessRequest
        {
            FamilyId = familyId,
            StaffMemberId = staff.StaffId,
            StaffTeamId = staff.TeamId,
            FamilyTeamId = familyTeam,
            Reason = reason.Trim(),
            RequestedAtUtc = Now,
        };
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        db.EmergencyAccessRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(request.Id, 0);
    }

    /// <summary>A supervisor of the family's team grants (for the usual duration) or declines a request.</summary>
    public async Task<SaveOutcome> DecideRequestAsync(SignedInStaff supervisor, int requestId, bool grant, string? note, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayOverseeEmergencyAccess(supervisor.Scope))
        {
            return SaveOutcome.Refused("Only a supervisor of the family's team can decide a request for emergency access.");
        }

        if (note?.Trim().Length > LongestReason)
        {
            return SaveOutcome.Refused($"The note can be at most {LongestReason} characters.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }

        var request = await db.EmergencyAccessRequests.EmergencyRequestsVisibleTo(supervisor.Scope).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is not { Status: RequestStatus.Pending })
        {
            return SaveOutcome.Refused("This request has already been decided, or it is not for your team.");
        }

        // The person who asked, as they are now: someone since deactivated or no longer a caseworker is not granted anything,
        // and the grant waits for the supervisor of the team they are in today.
        var requester = await db.Staff.AsNoTracking().Where(s => s.Id == request.StaffMemberId).Select(s => new { s.IsActive, s.Role, s.TeamId }).SingleAsync(cancellationToken);
        var mayStillAsk = requester.IsActive && FamilyAccessPolicy.MayBreakGlass(requester.Role);
        request.Status = grant && mayStillAsk ? RequestStatus.Granted : RequestStatus.Declined;
        request.DecidedByStaffId = supervisor.StaffId;
        request.DecidedAtUtc = Now;
        request.DecisionNote = TextRules.Clean(note) ?? (grant && !mayStillAsk ? "The person who asked is no longer an active caseworker." : null);
        db.Actor = new AuditActor(supervisor.StaffId, supervisor.DisplayName);
        if (request.Status == RequestStatus.Granted)
        {
            var access = EmergencyAccess.Grant(request.FamilyId, request.StaffMemberId, request.Reason, Now, rules.Duration);
            access.StaffTeamId = requester.TeamId;
            access.FamilyTeamId = request.FamilyTeamId;
            access.GrantedByStaffId = supervisor.StaffId;

            // Deciding the request is the family team's acknowledgement; the caseworker's own supervisor still has to see it.
            access.AcknowledgeFor(request.FamilyTeamId, supervisor.StaffId, Now);
            request.EmergencyAccess = access;
        }

        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(request.Id, 0);
    }

    /// <summary>A supervisor acknowledges an emergency access for their team (the caseworker's, the family's, or both).</summary>
    public async Task<SaveOutcome> AcknowledgeAsync(SignedInStaff supervisor, int emergencyAccessId, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayOverseeEmergencyAccess(supervisor.Scope))
        {
            return SaveOutcome.Refused("Only a supervisor can acknowledge emergency access.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }

        var access = await db.EmergencyAccesses.EmergencyAccessOverseenBy(supervisor.Scope).SingleOrDefaultAsync(e => e.Id == emergencyAccessId, cancellationToken);
        if (access is null || !access.AwaitsAcknowledgementBy(supervisor.TeamId!.Value))
        {
            return SaveOutcome.Refused("This emergency access has already been acknowledged for your team.");
        }

        access.AcknowledgeFor(supervisor.TeamId.Value, supervisor.StaffId, Now);
        db.Actor = new AuditActor(supervisor.StaffId, supervisor.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(access.Id, 0);
    }

    public static string? CheckReason(string? reason) => reason?.Trim() switch
    {
        null or { Length: 0 } => "Please say why you need to open this file now.",
        { Length: < EmergencyAccessRules.MinimumReasonLength } => $"Please give a little more detail (at least {EmergencyAccessRules.MinimumReasonLength} characters).",
        { Length: > LongestReason } => $"The reason can be at most {LongestReason} characters.",
        _ => null,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<BreakGlassDecision> DecideAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Where(f => f.Id == familyId).Select(f => new { f.TeamId, f.Status }).SingleOrDefaultAsync(cancellationToken);
        if (family is null)
        {
            return new BreakGlassDecision(BreakGlassOutcome.Refused, "There is no such family file.");
        }

        var active = await FamilyScope.IsCurrentAsync(db, staff, cancellationToken);
        var startOfToday = time.StartOfDayUtc(time.Today(clock));
        var grantsToday = await db.EmergencyAccesses.CountAsync(e => e.StaffMemberId == staff.StaffId && e.GrantedByStaffId == null && e.StartedAtUtc >= startOfToday, cancellationToken);
        return rules.Decide(staff.Scope, active, family.TeamId, family.Status == FamilyStatus.Closed, grantsToday);
    }
}
