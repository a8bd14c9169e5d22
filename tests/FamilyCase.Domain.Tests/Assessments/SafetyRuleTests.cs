using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class SafetyRuleTests
{
    [Theory]
    [InlineData(Phq9.Code, Phq9.CriticalItem, AnswerKind.Answered, 1, AlertKind.SelfHarmThoughts)]
    [InlineData(Phq9.Code, Phq9.CriticalItem, AnswerKind.Answered, 3, AlertKind.SelfHarmThoughts)]
    [InlineData(Phq9.Code, Phq9.CriticalItem, AnswerKind.Answered, 0, null)]
    [InlineData(Phq9.Code, Phq9.CriticalItem, AnswerKind.Declined, null, null)]
    [InlineData(Phq9.Code, "phq9.8", AnswerKind.Answered, 3, null)]
    [InlineData(FamilyNeedsCheckIn.Code, FamilyNeedsCheckIn.SafetyDomain, AnswerKind.Answered, 3, AlertKind.UrgentSafetyNeed)]
    [InlineData(FamilyNeedsCheckIn.Code, FamilyNeedsCheckIn.SafetyDomain, AnswerKind.Answered, 2, null)]
    [InlineData(FamilyNeedsCheckIn.Code, "checkin.wellbeing", AnswerKind.Answered, 3, null)]
    [InlineData(Gad7.Code, "gad7.7", AnswerKind.Answered, 3, null)]
    public void Only_phq9_question_9_above_zero_and_urgent_safety_raise_an_alert(string code, string key, AnswerKind kind, int? value, AlertKind? expected)
    {
        var answer = new ItemAnswer(key, kind, value);
        var instrument = InstrumentCatalog.Standard.Latest(code);

        Assert.Equal(expected, SafetyRule.AlertFor(code, answer));

        // The scorer explains the same rule, never a second copy of it.
        var scored = InstrumentScorer.Score(instrument, [answer], AssessmentRules.Default).Alerts.Select(a => (AlertKind?)a.Kind).SingleOrDefault();
        Assert.Equal(expected, scored);
    }
}
