namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>Kessler Psychological Distress Scale (K6), scored 0–4 per item.</summary>
public static class K6
{
    public const string Code = "K6";

    public static readonly InstrumentDefinition Definition = new(
        Code, "1.0", "Kessler Psychological Distress Scale (K6)", "K6", "the past 30 days",
        "These questions ask how you have been feeling over the past month, so that we can see whether more support would help you.",
        "K6 from Kessler, R.C. et al. (2002), Short screening scales to monitor population prevalences and trends in non-specific psychological distress, Psychological Medicine 32(6), 959–976. Free to use with this citation.",
        [
            new InstrumentSection("k6.a", "How you have been feeling", Scales.Numbered("k6", Scales.HowOften,
                "Nervous?",
                "Hopeless?",
                "Restless or fidgety?",
                "So depressed that nothing could cheer you up?",
                "That everything was an effort?",
                "Worthless?"),
                Lead: "During the past 30 days, about how often did you feel…"),
        ],
        [new(0, 4, "Low distress"), new(5, 12, "Moderate distress"), new(13, 24, "Serious psychological distress")],
        24);
}
