using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Domain.Assessments;

/// <summary>
/// The one rule for when an answer raises a safety alert: PHQ-9 question 9 above 0, or the check-in's safety area rated urgent.
/// The command that saves the answer and the scorer that explains the result both ask here.
/// </summary>
public static class SafetyRule
{
    public static AlertKind? AlertFor(string instrumentCode, ItemAnswer answer) => (instrumentCode, answer) switch
    {
        (Phq9.Code, { Key: Phq9.CriticalItem, Kind: AnswerKind.Answered, Value: > 0 }) => AlertKind.SelfHarmThoughts,
        (FamilyNeedsCheckIn.Code, { Key: FamilyNeedsCheckIn.SafetyDomain, Kind: AnswerKind.Answered, Value: FamilyNeedsCheckIn.Urgent }) => AlertKind.UrgentSafetyNeed,
        _ => null,
    };

    public static string Explanation(AlertKind kind) => kind switch
    {
        AlertKind.SelfHarmThoughts => "Thoughts of being better off dead or of self-harm were reported. A safety check is needed now, whatever the total.",
        _ => "Safety was rated urgent. A safety check is needed now.",
    };
}
