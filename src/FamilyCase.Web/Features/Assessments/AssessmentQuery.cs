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

/// <summary>Reads one assessment for the people allowed to see it; opening it is audited, refusing it too.</summary>
public sealed class AssessmentQuery(IDbContextFactory<FamilyCaseDb> factory, AuditTrail audit, TimeProvider clock, AssessmentRules rules, InstrumentCatalog catalog)
{
    public async Task<AssessmentView?> OpenAsync(SignedInStaff staff, int assessmentId, bool recordView, CancellationToken cancellationToken)
    {
        var view = await LoadAsync(staff, assessmentId, cancellationToken);
        if (recordView)
        {
            await audit.RecordAsync(view is null
                ? new AuditEntry(AuditAction.AccessRefused, staff.DisplayName, staff.StaffId, "Assessment", Id(assessmentId), null, "Not in this person's caseload")
                : new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Assessment", Id(assessmentId), view.FamilyId), cancellationToken);
        }

        return view;
    }

    public async Task<AssessmentView?> LoadAsync(SignedInStaff staff, int assessmentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await db.Families.AsNoTracking().AssessmentsVisibleTo(staff.Scope, now)
            .Where(a => a.Id == assessmentId)
            .Select(a => new
            {
                a.Id, a.FamilyId, a.FamilyMemberId, a.InstrumentCode, a.InstrumentVersion, a.Wording, a.AdministeredByStaffId, a.Language, a.Mode, a.Status, a.CurrentStep,
                a.StressfulExperience, a.StartedAtUtc, a.CompletedAtUtc, a.ReviewedAtUtc, a.ReviewComment, a.CorrectsAssessmentId, a.Version, a.CutPoint,
                Member = (a.FamilyMember!.PreferredName ?? a.FamilyMember.FirstName) + " " + a.FamilyMember.LastName,
                Family = a.Family!.DisplayName,
                AdministeredBy = a.AdministeredBy!.DisplayName,
                ReviewedBy = a.ReviewedBy == null ? null : a.ReviewedBy.DisplayName,
                Answers = a.Answers.Select(x => new { x.ItemKey, x.Kind, x.Value, x.Text }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (assessment is null)
        {
            return null;
        }

        var correctedBy = await db.Assessments.Where(a => a.CorrectsAssessmentId == assessmentId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        var alerts = await db.SafetyAlerts.AsNoTracking().Where(a => a.AssessmentId == assessmentId).OrderBy(a => a.Id)
            .Select(a => new AlertView(a.Id, a.Kind, a.RaisedAtUtc, a.ActionTaken, a.ActionRecordedBy == null ? null : a.ActionRecordedBy.DisplayName,
                a.AcknowledgedAtUtc, a.AcknowledgedBy == null ? null : a.AcknowledgedBy.DisplayName, a.AcknowledgementNote))
            .ToListAsync(cancellationToken);
        var instrument = catalog.Get(assessment.InstrumentCode, assessment.InstrumentVersion);
        var scoring = assessment.CutPoint is { } cutPoint ? rules with { Pcl5CutPoint = cutPoint } : rules;
        var previous = assessment.CompletedAtUtc is { } completedAt
            ? await db.Assessments.AsNoTracking()
                .Where(a => a.FamilyMemberId == assessment.FamilyMemberId && a.InstrumentCode == assessment.InstrumentCode
                    && a.InstrumentVersion == assessment.InstrumentVersion && a.Id != assessment.Id
                    && a.Total != null && a.CompletedAtUtc < completedAt && a.Id != assessment.CorrectsAssessmentId
                    && !db.Assessments.Any(c => c.CorrectsAssessmentId == a.Id && c.Status != AssessmentStatus.Draft))
                .OrderByDescending(a => a.CompletedAtUtc).Select(a => a.Total).FirstOrDefaultAsync(cancellationToken)
            : null;
        var answers = assessment.Answers.Where(x => x.Kind is not null).ToDictionary(x => x.ItemKey, x => new ItemAnswer(x.ItemKey, x.Kind!.Value, x.Value));
        var notes = assessment.Answers.Where(x => x.Kind is null).ToDictionary(x => x.ItemKey, x => x.Text);
        return new AssessmentView(
            assessment.Id, assessment.FamilyId, assessment.FamilyMemberId, assessment.Member, assessment.Family, instrument, assessment.Language, assessment.Mode,
            assessment.AdministeredBy, assessment.AdministeredByStaffId, assessment.Wording, assessment.Status, assessment.CurrentStep, assessment.StressfulExperience, assessment.StartedAtUtc, assessment.CompletedAtUtc,
            assessment.ReviewedBy, assessment.ReviewedAtUtc, assessment.ReviewComment, assessment.CorrectsAssessmentId, correctedBy, assessment.Version,
            answers, notes, alerts, InstrumentScorer.Score(instrument, answers.Values, scoring, notes), previous);
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
