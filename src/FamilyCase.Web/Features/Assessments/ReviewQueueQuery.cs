using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Assessments;

public sealed record ReviewRow(int AssessmentId, int FamilyId, string Family, string Member, string Instrument, string AdministeredBy, DateTime CompletedAtUtc, bool MaySignOff);

public sealed record OpenAlertRow(int AlertId, int AssessmentId, int FamilyId, string Family, string Member, AlertKind Kind, DateTime RaisedAtUtc, string? ActionTaken);

public sealed record SupervisionQueue(IReadOnlyList<ReviewRow> AwaitingReview, IReadOnlyList<OpenAlertRow> OpenAlerts);

/// <summary>What a supervisor must look at: completed assessments to sign off and safety alerts not yet acknowledged. Showing it is audited.</summary>
public sealed class ReviewQueueQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, InstrumentCatalog catalog, AuditTrail audit)
{
    public async Task<SupervisionQueue> ExecuteAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayReviewAssessments(staff.Role))
        {
            return new SupervisionQueue([], []);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var review = await db.Families.AsNoTracking().AssessmentsVisibleTo(staff.Scope, now)
            .Where(a => a.Status == AssessmentStatus.Completed)
            .OrderBy(a => a.CompletedAtUtc).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.FamilyId, Family = a.Family!.DisplayName, Member = (a.FamilyMember!.PreferredName ?? a.FamilyMember.FirstName) + " " + a.FamilyMember.LastName,
                a.InstrumentCode, a.InstrumentVersion, By = a.AdministeredBy!.DisplayName, a.AdministeredByStaffId, a.CompletedAtUtc,
            })
            .Take(100)
            .ToListAsync(cancellationToken);
        var alerts = await db.Families.AsNoTracking().SafetyAlertsVisibleTo(staff.Scope, now)
            .Where(a => a.AcknowledgedAtUtc == null)
            .OrderBy(a => a.RaisedAtUtc)
            .Select(a => new OpenAlertRow(a.Id, a.AssessmentId, a.FamilyId, a.Family!.DisplayName, (a.FamilyMember!.PreferredName ?? a.FamilyMember.FirstName) + " " + a.FamilyMember.LastName, a.Kind, a.RaisedAtUtc, a.ActionTaken))
            .ToListAsync(cancellationToken);
        var queue = new SupervisionQueue(
            review.Select(r => new ReviewRow(r.Id, r.FamilyId, r.Family, r.Member, catalog.Get(r.InstrumentCode, r.InstrumentVersion).ShortTitle, r.By, r.CompletedAtUtc!.Value,
                FamilyAccessPolicy.MaySignOff(staff.Scope, r.AdministeredByStaffId))).ToList(),
            alerts);
        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Supervision", "Assessments", null,
            $"Home page: {alerts.Count} safety alerts, {queue.AwaitingReview.Count} assessments awaiting review"), cancellationToken);
        return queue;
    }
}
