using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Web.Features.Assessments;

/// <summary>Plain words for the assessment screens.</summary>
public static class AssessmentWords
{
    public static string Status(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "In progress",
        AssessmentStatus.Completed => "Completed, awaiting review",
        _ => "Reviewed and signed off",
    };

    public static string Missing(MissingReason reason) => reason switch
    {
        MissingReason.Skipped => "skipped",
        MissingReason.Declined => "preferred not to say",
        MissingReason.DontKnow => "didn't know",
        _ => "not asked",
    };

    public static string Answer(AnswerKind kind) => kind switch
    {
        AnswerKind.Skipped => "Skipped",
        AnswerKind.Declined => "Prefer not to say",
        AnswerKind.DontKnow => "Don't know",
        _ => "Answered",
    };

    public static string Alert(AlertKind kind) => kind switch
    {
        AlertKind.SelfHarmThoughts => "Thoughts of death or self-harm were reported (PHQ-9 question 9)",
        _ => "Safety was rated urgent in the check-in",
    };

    public static string Mode(AdministrationMode mode) => mode == AdministrationMode.SelfReport ? "Self-report" : "Asked by the worker";
}
