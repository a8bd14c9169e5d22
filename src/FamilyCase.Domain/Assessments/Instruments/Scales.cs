namespace FamilyCase.Domain.Assessments.Instruments;

internal static class Scales
{
    public static readonly ResponseOption[] TwoWeeks =
    [
        new(0, "Not at all"),
        new(1, "Several days"),
        new(2, "More than half the days"),
        new(3, "Nearly every day"),
    ];

    public static readonly ResponseOption[] Bother =
    [
        new(0, "Not at all"),
        new(1, "A little bit"),
        new(2, "Moderately"),
        new(3, "Quite a bit"),
        new(4, "Extremely"),
    ];

    public static readonly ResponseOption[] HowOften =
    [
        new(0, "None of the time"),
        new(1, "A little of the time"),
        new(2, "Some of the time"),
        new(3, "Most of the time"),
        new(4, "All of the time"),
    ];

    public static readonly ResponseOption[] Need =
    [
        new(0, "No current need"),
        new(1, "Keep an eye on it"),
        new(2, "Needs support"),
        new(3, "Urgent"),
    ];

    public static InstrumentItem[] Numbered(string prefix, ResponseOption[] options, params string[] texts) =>
        texts.Select((text, i) => new InstrumentItem($"{prefix}.{i + 1}", i + 1, text, options)).ToArray();
}
