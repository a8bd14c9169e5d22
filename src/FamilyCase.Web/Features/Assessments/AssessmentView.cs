using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Web.Features.Assessments;

public sealed record AlertView(int Id, AlertKind Kind, DateTime RaisedAtUtc, string? ActionTaken, string? ActionBy, DateTime? AcknowledgedAtUtc, string? AcknowledgedBy, string? AcknowledgementNote);

/// <summary>Everything the assessment screen needs: who, which instrument, every saved answer and note, and the live score.</summary>
public sealed record AssessmentView(
    int Id,
    int FamilyId,
    int MemberId,
    string MemberName,
    string FamilyName,
    InstrumentDefinition Instrument,
    string Language,
    AdministrationMode Mode,
    string AdministeredBy,
    int AdministeredByStaffId,
    CheckInWording? Wording,
    AssessmentStatus Status,
    int CurrentStep,
    string? StressfulExperience,
    DateTime StartedAtUtc,
    DateTime? CompletedAtUtc,
    string? ReviewedBy,
    DateTime? ReviewedAtUtc,
    string? ReviewComment,
    int? CorrectsAssessmentId,
    int? CorrectedByAssessmentId,
    int Version,
    IReadOnlyDictionary<string, ItemAnswer> Answers,
    IReadOnlyDictionary<string, string?> Notes,
    IReadOnlyList<AlertView> Alerts,
    ScoreResult Result,
    int? PreviousTotal = null)
{
    /// <summary>Change in total since this person's previous finished result on the same instrument.</summary>
    public int? Change => Result.Total is { } total && PreviousTotal is { } previous ? total - previous : null;

    public bool ChangeIsMeaningful => Instrument.Code == Domain.Assessments.Instruments.Pcl5.Code && Change is { } change && Math.Abs(change) >= Domain.Assessments.Instruments.Pcl5.MeaningfulChange;

    /// <summary>Steps: the introduction, one per section, and the closing page.</summary>
    public int StepCount => Instrument.Sections.Count + 2;

    public bool NeedsSafetyAction => Alerts.Any(a => a.ActionTaken is null);
}
