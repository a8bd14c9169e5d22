namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>Generalized Anxiety Disorder-7.</summary>
public static class Gad7
{
    public const string Code = "GAD-7";

    /// <summary>A total at or above this suggests further evaluation.</summary>
    public const int FurtherEvaluationAt = 10;

    public static readonly InstrumentDefinition Definition = new(
        Code, "1.0", "Generalized Anxiety Disorder scale (GAD-7)", "GAD-7", "the last 2 weeks",
        "These questions ask about worry and feeling on edge over the last two weeks, so that we can see whether more support would help you.",
        "GAD-7 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
        [
            new InstrumentSection("gad7.a", "Worry and feeling on edge", Scales.Numbered("gad7", Scales.TwoWeeks,
                "Feeling nervous, anxious, or on edge",
                "Not being able to stop or control worrying",
                "Worrying too much about different things",
                "Trouble relaxing",
                "Being so restless that it is hard to sit still",
                "Becoming easily annoyed or irritable",
                "Feeling afraid, as if something awful might happen"),
                Lead: "Over the last 2 weeks, how often have you been bothered by the following problems?"),
        ],
        [new(0, 4, "Minimal"), new(5, 9, "Mild"), new(10, 14, "Moderate"), new(15, 21, "Severe")],
        21);
}
