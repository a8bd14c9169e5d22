using FamilyCase.Data.Validation;
using FamilyCase.Domain.Assessments;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Assessments;

/// <summary>The assessment screens' free-text fields, each sized by its column; the screens and the commands check the same rules.</summary>
public sealed class AssessmentTextRules(ColumnLimits columns)
{
    /// <summary>Said beside every free-text box of an assessment: these notes may be requested in court.</summary>
    public const string NoAccountOfEvents = "A few words in their own voice. Never write an account of events here.";

    public TextRule<string?> Note { get; } = Rule("A note", columns.Of<AssessmentAnswer>(a => a.Text));
    public TextRule<string?> Language { get; } = Rule("The language", columns.Of<Assessment>(a => a.Language));
    public TextRule<string?> StressfulExperience { get; } = Rule("The stressful experience", columns.Of<Assessment>(a => a.StressfulExperience));
    public TextRule<string?> ActionTaken { get; } = Rule("What was done", columns.Of<SafetyAlert>(a => a.ActionTaken));
    public TextRule<string?> ReviewComment { get; } = Rule("The comment", columns.Of<Assessment>(a => a.ReviewComment));
    public TextRule<string?> CorrectionReason { get; } = Rule("What needs correcting", columns.Of<Assessment>(a => a.CorrectionReason));
    public TextRule<string?> AcknowledgementNote { get; } = Rule("The note", columns.Of<SafetyAlert>(a => a.AcknowledgementNote));

    private static TextRule<string?> Rule(string label, int maxLength) => new(label, maxLength, text => text);
}
