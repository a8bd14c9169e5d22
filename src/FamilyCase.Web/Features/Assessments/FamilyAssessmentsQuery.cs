using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Features.Shared;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Assessments;

public sealed record OpenAlertRow(int AlertId, int AssessmentId, int FamilyId, string Family, string Member, AlertKind Kind, DateTime RaisedAtUtc, string? ActionTaken);

public sealed record MemberAssessmentSummary(int MemberId, string Name, DateOnly? LastCheckIn, DateOnly? NextCheckInDue, IReadOnlyList<AssessmentRow> Drafts, IReadOnlyList<AssessmentRow> Recent);

/// <summary>The family's assessments at a glance: each person's last check-in, when the next is due, drafts to resume, open alerts.</summary>
public sealed class FamilyAssessmentsQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AssessmentRules rules, AgencyTime time, InstrumentCatalog catalog, AuditTrail audit)
{
    public async Task<(IReadOnlyList<MemberAssessmentSummary> Members, IReadOnlyList<OpenAlertRow> Alerts)> ExecuteAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        if (!FamilyAccessPolicy.SeesAssessments(staff.Role))
        {
            return ([], []);
        }

        var members = await family.MembersVisibleTo(staff.Scope, now)
            .Select(m => new { m.Id, Name = (m.PreferredName ?? m.FirstName) + " " + m.LastName, m.Role })
            .ToListAsync(cancellationToken);
        var assessments = await family.AssessmentsVisibleTo(staff.Scope, now)
            .OrderByDescending(a => a.StartedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                a.Id, a.FamilyMemberId, a.InstrumentCode, a.InstrumentVersion, a.Status, a.StartedAtUtc, a.CompletedAtUtc, a.Total, a.Band, a.IsComplete, a.CorrectsAssessmentId,
                Superseded = db.Assessments.Any(c => c.CorrectsAssessmentId == a.Id && c.Status != AssessmentStatus.Draft),
            })
            .ToListAsync(cancellationToken);
        var alerts = await family.SafetyAlertsVisibleTo(staff.Scope, now).Where(a => a.AcknowledgedAtUtc == null)
            .Select(a => new OpenAlertRow(a.Id, a.AssessmentId, a.FamilyId, a.Family!.DisplayName, (a.FamilyMember!.PreferredName ?? a.FamilyMember.FirstName) + " " + a.FamilyMember.LastName, a.Kind, a.RaisedAtUtc, a.ActionTaken))
            .ToListAsync(cancellationToken);
        var summaries = members.OrderBy(m => m.Role).Select(m =>
        {
            var own = assessments.Where(a => a.FamilyMemberId == m.Id)
                .Select(a => new AssessmentRow(a.Id, a.InstrumentCode, a.InstrumentVersion, catalog.Get(a.InstrumentCode, a.InstrumentVersion).ShortTitle, a.Status, a.StartedAtUtc, a.CompletedAtUtc,
                    a.Total, a.Band, a.IsComplete, a.CorrectsAssessmentId, a.Superseded, alerts.Any(x => x.AssessmentId == a.Id)))
                .ToList();
            var lastCheckIn = own.Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code && a.CompletedAtUtc is not null && !a.Superseded).Max(a => a.CompletedAtUtc);
            return new MemberAssessmentSummary(m.Id, m.Name, lastCheckIn is { } l ? time.LocalDate(l) : null, lastCheckIn is { } done ? CheckInSchedule.NextDue(done, time, rules) : null,
                own.Where(a => a.Status == AssessmentStatus.Draft).ToList(),
                own.Where(a => a.Status != AssessmentStatus.Draft && !a.Superseded).Take(3).ToList());
        }).ToList();
        if (await FamilyScope.IsVisibleAsync(db, staff, familyId, now, cancellationToken))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", familyId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId,
                $"Assessments tab: {assessments.Count} assessments, {alerts.Count} open safety alerts"), cancellationToken);
        }

        return (summaries, alerts);
    }
}
