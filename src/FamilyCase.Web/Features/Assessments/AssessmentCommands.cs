using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Assessments;

/// <summary>
/// Every change to an assessment, each saved the moment it is made, so a closed laptop or a dropped connection
/// loses nothing. Only drafts change; a completed assessment is corrected by a new version.
/// </summary>
public sealed class AssessmentCommands(
    IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AssessmentRules rules, InstrumentCatalog catalog, AgencyTime time, AssessmentTextRules text)
{

    public async Task<SaveOutcome> StartAsync(SignedInStaff staff, int familyId, int memberId, string instrumentCode, CancellationToken cancellationToken)
    {
        var instrument = catalog.Latest(instrumentCode);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, Now, cancellationToken);
        var member = await db.FamilyMembers.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.FamilyId == familyId, cancellationToken);
        if (member is null)
        {
            return SaveOutcome.Refused("This person is not in the family file.");
        }

        if (AssessmentEligibility.WhyNot(member, instrument, time.Today(clock), rules) is { } reason)
        {
            return SaveOutcome.Refused(reason);
        }

        var assessment = new Assessment
        {
            FamilyId = familyId,
            FamilyMemberId = memberId,
            InstrumentCode = instrument.Code,
            InstrumentVersion = instrument.Version,
            Wording = instrument.IsCheckIn ? CheckInWordings.For(member.Role) : null,
            AdministeredByStaffId = staff.StaffId,
            StartedAtUtc = Now,
        };
        db.Actor = Actor(staff);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(assessment.Id, assessment.Version);
    }

    /// <summary>Saves one answer. Returns the safety alert the answer raised, if it raised one.</summary>
    public async Task<AlertKind?> AnswerAsync(SignedInStaff staff, int assessmentId, string itemKey, AnswerKind kind, int? value, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await DraftAsync(db, staff, assessmentId, cancellationToken);
        var item = catalog.Get(assessment.InstrumentCode, assessment.InstrumentVersion).Item(itemKey);
        if (kind == AnswerKind.Answered && (value is null || item.Options.All(o => o.Value != value)))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not an answer to question {item.Number}.");
        }

        await UpsertAsync(db, assessment, itemKey, answer =>
        {
            answer.Kind = kind;
            answer.Value = kind == AnswerKind.Answered ? value : null;
        }, cancellationToken);
        var raised = SafetyRule.AlertFor(assessment.InstrumentCode, new ItemAnswer(itemKey, kind, value));
        if (raised is { } alertKind && !await db.SafetyAlerts.AnyAsync(a => a.AssessmentId == assessmentId && a.Kind == alertKind, cancellationToken))
        {
            db.SafetyAlerts.Add(new SafetyAlert
            {
                FamilyId = assessment.FamilyId,
                FamilyMemberId = assessment.FamilyMemberId,
                AssessmentId = assessment.Id,
                Kind = alertKind,
                RaisedAtUtc = Now,
            });
        }

        db.Actor = Actor(staff);
        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }

    /// <summary>Saves a strengths note or the person's own words for a check-in domain.</summary>
    public async Task<SaveOutcome> NoteAsync(SignedInStaff staff, int assessmentId, string noteKey, string? note, CancellationToken cancellationToken)
    {
        if (text.Note.Check(note) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await DraftAsync(db, staff, assessmentId, cancellationToken);
        if (!FamilyNeedsCheckIn.Domains.Any(d => noteKey == FamilyNeedsCheckIn.StrengthsKey(d.Key) || noteKey == FamilyNeedsCheckIn.OwnWordsKey(d.Key)))
        {
            throw new ArgumentOutOfRangeException(nameof(noteKey), $"'{noteKey}' is not a note of the check-in.");
        }

        await UpsertAsync(db, assessment, noteKey, answer => answer.Text = TextRules.Clean(note), cancellationToken);
        db.Actor = Actor(staff);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(assessment.Id, assessment.Version);
    }

    public async Task<SaveOutcome> DetailsAsync(SignedInStaff staff, int assessmentId, string? language, AdministrationMode mode, string? stressfulExperience, CancellationToken cancellationToken)
    {
        if ((text.Language.Check(language) ?? text.StressfulExperience.Check(stressfulExperience)) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await DraftAsync(db, staff, assessmentId, cancellationToken);
        assessment.Language = TextRules.Clean(language) ?? "English";
        assessment.Mode = mode;
        assessment.StressfulExperience = assessment.InstrumentCode == Pcl5.Code ? TextRules.Clean(stressfulExperience) : null;
        db.Actor = Actor(staff);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(assessment.Id, assessment.Version);
    }

    public async Task StepAsync(SignedInStaff staff, int assessmentId, int step, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await DraftAsync(db, staff, assessmentId, cancellationToken);
        var steps = catalog.Get(assessment.InstrumentCode, assessment.InstrumentVersion).Sections.Count + 2;
        assessment.CurrentStep = Math.Clamp(step, 0, steps - 1);
        db.Actor = Actor(staff);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<SaveOutcome> RecordSafetyActionAsync(SignedInStaff staff, int assessmentId, int alertId, string actionTaken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actionTaken) || actionTaken.Trim().Length < 10)
        {
            return SaveOutcome.Refused("Please write what you did for their safety (at least a sentence).");
        }

        if (text.ActionTaken.Check(actionTaken) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await VisibleAsync(db, staff, assessmentId, cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, assessment.FamilyId, Now, cancellationToken);
        var alert = await db.SafetyAlerts.SingleAsync(a => a.Id == alertId && a.AssessmentId == assessment.Id, cancellationToken);
        if (alert.ActionTaken is not null)
        {
            return SaveOutcome.Refused("A safety check was already recorded for this alert; it is kept as it was written.");
        }

        alert.ActionTaken = TextRules.Clean(actionTaken);
        alert.ActionRecordedByStaffId = staff.StaffId;
        alert.ActionRecordedAtUtc = Now;
        db.Actor = Actor(staff);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(alert.Id, 0);
    }

    /// <summary>Scores the answers and completes the assessment; a safety alert must have its action recorded first.</summary>
    public async Task<SaveOutcome> CompleteAsync(SignedInStaff staff, int assessmentId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var assessment = await DraftAsync(db, staff, assessmentId, cancellationToken);
        if (await db.SafetyAlerts.AnyAsync(a => a.AssessmentId == assessmentId && a.ActionTaken == null, cancellationToken))
        {
            return SaveOutcome.Refused("Please record what was done for their safety before finishing.");
        }

        var answers = await db.AssessmentAnswers.Where(a => a.AssessmentId == assessmentId && a.Kind != null)
            .Select(a => new ItemAnswer(a.ItemKey, a.Kind!.Value, a.Value)).ToListAsync(cancellationToken);
        var result = InstrumentScorer.Score(catalog.Get(assessment.InstrumentCode, assessment.InstrumentVersion), answers, rules);
        assessment.Status = AssessmentStatus.Completed;

        // A correction stands in for the original on the day it was done, so due dates and trends do not move.
        assessment.CompletedAtUtc = assessment.CorrectsAssessmentId is { } original
            ? await db.Assessments.Where(a => a.Id == original).Select(a => a.CompletedAtUtc).SingleAsync(cancellationToken) ?? Now
            : Now;
        assessment.Total = result.Total;
        assessment.Band = result.Band;
        assessment.IsComplete = result.IsComplete;
        assessment.CutPoint = result.Pcl5?.CutPoint;
        db.Actor = Actor(staff);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Refused(AssessmentChangedException.Elsewhere);
        }

        return SaveOutcome.Done(assessment.Id, assessment.Version);
    }

    public async Task<SaveOutcome> SignOffAsync(SignedInStaff supervisor, int assessmentId, string? comment, int expectedVersion, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayReviewAssessments(supervisor.Role))
        {
            return SaveOutcome.Refused("Only a supervisor can sign off an assessment.");
        }

        if (text.ReviewComment.Check(comment) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }

        var assessment = await VisibleAsync(db, supervisor, assessmentId, cancellationToken);
        if (!FamilyAccessPolicy.MaySignOff(supervisor.Scope, assessment.AdministeredByStaffId))
        {
            return SaveOutcome.Refused("You gave this assessment yourself, so another supervisor of your team needs to sign it off.");
        }

        if (assessment.Status != AssessmentStatus.Completed)
        {
            return SaveOutcome.Refused(assessment.Status == AssessmentStatus.Reviewed ? "This assessment is already signed off." : "Only a completed assessment can be signed off.");
        }

        if (assessment.Version != expectedVersion)
        {
            return SaveOutcome.Refused("This assessment changed since you opened it. Please read it again before signing off.");
        }

        assessment.Status = AssessmentStatus.Reviewed;
        assessment.ReviewedByStaffId = supervisor.StaffId;
        assessment.ReviewedAtUtc = Now;
        assessment.ReviewComment = TextRules.Clean(comment);
        db.Actor = Actor(supervisor);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(assessment.Id, assessment.Version);
    }

    /// <summary>Starts a corrected copy as a new draft; the original stays exactly as it was.</summary>
    public async Task<SaveOutcome> CorrectAsync(SignedInStaff staff, int assessmentId, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return SaveOutcome.Refused("Please say what needs correcting.");
        }

        if (text.CorrectionReason.Check(reason) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var original = await VisibleAsync(db, staff, assessmentId, cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, original.FamilyId, Now, cancellationToken);
        if (original.Status == AssessmentStatus.Draft)
        {
            return SaveOutcome.Refused("A draft can still be changed directly.");
        }

        if (await db.Assessments.AnyAsync(a => a.CorrectsAssessmentId == assessmentId, cancellationToken))
        {
            return SaveOutcome.Refused("This assessment already has a correction.");
        }

        var answers = await db.AssessmentAnswers.AsNoTracking().Where(a => a.AssessmentId == assessmentId).ToListAsync(cancellationToken);
        var correction = new Assessment
        {
            FamilyId = original.FamilyId,
            FamilyMemberId = original.FamilyMemberId,
            InstrumentCode = original.InstrumentCode,
            InstrumentVersion = original.InstrumentVersion,
            Wording = original.Wording,
            Language = original.Language,
            Mode = original.Mode,
            StressfulExperience = original.StressfulExperience,
            AdministeredByStaffId = staff.StaffId,
            StartedAtUtc = original.StartedAtUtc,
            CorrectsAssessmentId = original.Id,
            CorrectionReason = reason.Trim(),
            CurrentStep = 1,
        };
        correction.Answers.AddRange(answers.Select(a => new AssessmentAnswer
        {
            FamilyId = a.FamilyId, ItemKey = a.ItemKey, Kind = a.Kind, Value = a.Value, Text = a.Text, AnsweredAtUtc = a.AnsweredAtUtc,
        }));
        db.Actor = Actor(staff);
        db.Assessments.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(correction.Id, correction.Version);
    }

    public async Task<SaveOutcome> AcknowledgeAsync(SignedInStaff supervisor, int alertId, string? note, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayReviewAssessments(supervisor.Role))
        {
            return SaveOutcome.Refused("Only a supervisor can acknowledge a safety alert.");
        }

        if (text.AcknowledgementNote.Check(note) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await FamilyScope.IsCurrentAsync(db, supervisor, cancellationToken))
        {
            return SaveOutcome.Refused(FamilyScope.NoLongerAllowed);
        }

        var alert = await db.Families.SafetyAlertsVisibleTo(supervisor.Scope, Now).SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (alert is null)
        {
            return SaveOutcome.Refused("This alert is not one of your team's.");
        }

        if (alert.ActionTaken is null)
        {
            return SaveOutcome.Refused("The worker has not yet recorded what was done. Please check in with them first.");
        }

        if (alert.AcknowledgedAtUtc is not null)
        {
            return SaveOutcome.Refused("This alert has already been acknowledged.");
        }

        alert.AcknowledgedAtUtc = Now;
        alert.AcknowledgedByStaffId = supervisor.StaffId;
        alert.AcknowledgementNote = TextRules.Clean(note);
        db.Actor = Actor(supervisor);
        await db.SaveChangesAsync(cancellationToken);
        return SaveOutcome.Done(alert.Id, 0);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static AuditActor Actor(SignedInStaff staff) => new(staff.StaffId, staff.DisplayName);

    private async Task<Assessment> VisibleAsync(FamilyCaseDb db, SignedInStaff staff, int assessmentId, CancellationToken cancellationToken) =>
        await db.Families.AssessmentsVisibleTo(staff.Scope, Now).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
        ?? throw await FamilyScope.RefusalAsync(db, staff, "Assessment", assessmentId, Now, cancellationToken);

    private async Task<Assessment> DraftAsync(FamilyCaseDb db, SignedInStaff staff, int assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await VisibleAsync(db, staff, assessmentId, cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, assessment.FamilyId, Now, cancellationToken);
        return assessment.Status == AssessmentStatus.Draft
            ? assessment
            : throw new AssessmentChangedException(AssessmentChangedException.Finished);
    }

    private async Task UpsertAsync(FamilyCaseDb db, Assessment assessment, string key, Action<AssessmentAnswer> apply, CancellationToken cancellationToken)
    {
        var answer = await db.AssessmentAnswers.SingleOrDefaultAsync(a => a.AssessmentId == assessment.Id && a.ItemKey == key, cancellationToken);
        if (answer is null)
        {
            answer = new AssessmentAnswer { AssessmentId = assessment.Id, FamilyId = assessment.FamilyId, ItemKey = key };
            db.AssessmentAnswers.Add(answer);
        }

        apply(answer);
        answer.AnsweredAtUtc = Now;
        assessment.UpdatedAtUtc = Now;

        // Every answer is a new version, so finishing or signing off in another tab at the same moment is caught.
        assessment.Version++;
    }
}
