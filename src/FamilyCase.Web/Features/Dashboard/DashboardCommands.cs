using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>What a supervisor acknowledges from the dashboard's "alerts to act on": each goes to the command that owns the record.</summary>
public sealed class DashboardCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AssessmentCommands assessments, EmergencyAccessCommands emergency, AuditTrail audit)
{
    public async Task<SaveOutcome> AcknowledgeAsync(SignedInStaff supervisor, DashboardPanel panel, long itemId, CancellationToken cancellationToken) => panel switch
    {
        DashboardPanel.SafetyAlerts when itemId is > 0 and <= int.MaxValue => await assessments.AcknowledgeAsync(supervisor, (int)itemId, null, cancellationToken),
        DashboardPanel.EmergencyAccess when itemId is > 0 and <= int.MaxValue => await emergency.AcknowledgeAsync(supervisor, (int)itemId, cancellationToken),
        DashboardPanel.AccessRefusals => await AcknowledgeRefusalAsync(supervisor, itemId, cancellationToken),
        _ => SaveOutcome.Refused("That cannot be acknowledged here."),
    };

    /// <summary>A supervisor has looked at a refused attempt by someone of their team; the refusal itself stays in the audit trail as it was.</summary>
    private async Task<SaveOutcome> AcknowledgeRefusalAsync(SignedInStaff supervisor, long auditEventId, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAcknowledgeAccessRefusals(supervisor.Scope))
        {
            return SaveOutcome.Refused("Only a supervisor can acknowledge refused access.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }

        var refusal = await db.AuditEvents.AsNoTracking().AccessRefusalsOverseenBy(db.Staff, supervisor.Scope)
            .Where(e => e.Id == auditEventId).Select(e => new { e.Id, e.ActorName }).SingleOrDefaultAsync(cancellationToken);
        if (refusal is null || await db.RefusalAcknowledgements.AnyAsync(a => a.AuditEventId == auditEventId, cancellationToken))
        {
            return SaveOutcome.Refused("This refusal has already been acknowledged, or it is not for your team.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.RefusalAcknowledgements.Add(new RefusalAcknowledgement { AuditEventId = auditEventId, AcknowledgedByStaffId = supervisor.StaffId, AcknowledgedAtUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await AcknowledgedAsync(auditEventId, cancellationToken))
            {
                throw;
            }

            // Another supervisor of the team acknowledged it at the same moment.
            return SaveOutcome.Refused("This refusal has just been acknowledged by someone else.");
        }

        await audit.RecordAsync(new AuditEntry(AuditAction.Change, supervisor.DisplayName, supervisor.StaffId, "AccessRefusal", auditEventId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"Acknowledged the refused access by {refusal.ActorName}"), cancellationToken);
        return SaveOutcome.Done(0, 0);
    }

    private async Task<bool> AcknowledgedAsync(long auditEventId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.RefusalAcknowledgements.AnyAsync(a => a.AuditEventId == auditEventId, cancellationToken);
    }
}
