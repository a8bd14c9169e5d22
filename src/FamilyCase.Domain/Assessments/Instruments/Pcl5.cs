namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>
/// PTSD Checklist for DSM-5, tied to one stressful experience the person names in their own words.
/// A screen, never a diagnosis; it has no severity bands.
/// </summary>
public static class Pcl5
{
    public const string Code = "PCL-5";
    public const int DefaultCutPoint = 33;

    /// <summary>A change of this many points between two assessments is clinically meaningful.</summary>
    public const int MeaningfulChange = 10;

    /// <summary>Items rated at or above this count as a symptom for the DSM rule.</summary>
    public const int SymptomThreshold = 2;

    /// <summary>Clusters and how many symptoms each needs under the DSM rule.</summary>
    public static readonly IReadOnlyList<(string Cluster, string Name, int From, int To, int Needed)> Clusters =
    [
        ("B", "Intrusion", 1, 5, 1),
        ("C", "Avoidance", 6, 7, 1),
        ("D", "Negative changes in thinking and mood", 8, 14, 2),
        ("E", "Changes in arousal and reactivity", 15, 20, 2),
    ];

    public static readonly InstrumentDefinition Definition = Build();

    private static InstrumentDefinition Build()
    {
        var items = Scales.Numbered("pcl5", Scales.Bother,
            "Repeated, disturbing, and unwanted memories of the stressful experience?",
            "Repeated, disturbing dreams of the stressful experience?",
            "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?",
            "Feeling very upset when something reminded you of the stressful experience?",
            "Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?",
            "Avoiding memories, thoughts, or feelings related to the stressful experience?",
            "Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?",
            "Trouble remembering important parts of the stressful experience?",
            "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?",
            "Blaming yourself or someone else for the stressful experience or what happened after it?",
            "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
            "Loss of interest in activities that you used to enjoy?",
            "Feeling distant or cut off from other people?",
            "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?",
            "Irritable behavior, angry outbursts, or acting aggressively?",
            "Taking too many risks or doing things that could cause you harm?",
            "Being “superalert” or watchful or on guard?",
            "Feeling jumpy or easily startled?",
            "Having difficulty concentrating?",
            "Trouble falling or staying asleep?");
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = items[i] with { Cluster = Clusters.Single(c => items[i].Number >= c.From && items[i].Number <= c.To).Cluster };
        }

        const string lead = "In the past month, how much were you bothered by:";
        const string note = "These questions are about how the stressful experience affects you now. You do not need to describe what happened, and you can skip any question or stop at any time.";
        return new InstrumentDefinition(
            Code, "1.0", "PTSD Checklist for DSM-5 (PCL-5)", "PCL-5", "the past month",
            "These questions ask how one stressful experience, which you name in your own words, has been affecting you over the past month. It is a screen, not a diagnosis.",
            "PCL-5: Weathers, F.W., Litz, B.T., Keane, T.M., Palmieri, P.A., Marx, B.P., & Schnurr, P.P. (2013). The PTSD Checklist for DSM-5. National Center for PTSD. Public domain.",
            [
                new InstrumentSection("pcl5.b", "Memories and reminders", items[..5], note, lead),
                new InstrumentSection("pcl5.c", "Staying away from reminders", items[5..7], Lead: lead),
                new InstrumentSection("pcl5.d", "Thoughts and feelings", items[7..14], Lead: lead),
                new InstrumentSection("pcl5.e", "Feeling on guard, sleep and concentration", items[14..], Lead: lead),
            ],
            [],
            80);
    }
}
