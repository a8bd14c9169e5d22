namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>Patient Health Questionnaire-9 (depression). Item 9 is the critical item.</summary>
public static class Phq9
{
    public const string Code = "PHQ-9";
    public const string CriticalItem = "phq9.9";

    public static readonly InstrumentDefinition Definition = Build();

    private static InstrumentDefinition Build()
    {
        var items = Scales.Numbered("phq9", Scales.TwoWeeks,
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead or of hurting yourself in some way");
        items[8] = items[8] with { Critical = true };
        var difficulty = new InstrumentItem("phq9.difficulty", 10,
            "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
            [new(0, "Not difficult at all"), new(1, "Somewhat difficult"), new(2, "Very difficult"), new(3, "Extremely difficult")],
            InTotal: false);
        const string lead = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
        return new InstrumentDefinition(
            Code, "1.0", "Patient Health Questionnaire (PHQ-9)", "PHQ-9", "the last 2 weeks",
            "These questions ask how your mood has been over the last two weeks, so that we can see whether more support would help you.",
            "PHQ-9 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
            [
                new InstrumentSection("phq9.a", "Interest, mood, sleep, energy and appetite", items[..5], Lead: lead),
                new InstrumentSection("phq9.b", "How you see yourself, concentration, and harder thoughts", items[5..],
                    ContentNote: "The next questions include one about thoughts of death or of hurting yourself. You can skip any question, and we can stop or take a break at any time.",
                    Lead: lead),
                new InstrumentSection("phq9.c", "How much these problems get in the way", [difficulty]),
            ],
            [new(0, 4, "Minimal"), new(5, 9, "Mild"), new(10, 14, "Moderate"), new(15, 19, "Moderately severe"), new(20, 27, "Severe")],
            27);
    }
}
