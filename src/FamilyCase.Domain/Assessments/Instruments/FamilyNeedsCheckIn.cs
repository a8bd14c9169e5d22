namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>One need domain of the family needs check-in, with the plan goal suggested when it is rated 2 or 3.</summary>
public sealed record CheckInDomain(string Key, int Number, string Title, string Prompt, string RelativePrompt, string SuggestedGoal, bool Sensitive = false);

/// <summary>
/// FamilyCase's own instrument, built from what families of trafficked children told researchers they needed.
/// Each domain is rated 0–3 or declined, with a strengths note and the person's own words.
/// </summary>
public static class FamilyNeedsCheckIn
{
    public const string Code = "CHECK-IN";
    public const string SafetyDomain = "checkin.safety";
    public const int SuggestGoalAt = 2;
    public const int Urgent = 3;

    public static string RatingKey(string domain) => domain;

    public static string StrengthsKey(string domain) => domain + ".strengths";

    public static string OwnWordsKey(string domain) => domain + ".words";

    public static readonly IReadOnlyList<CheckInDomain> Domains =
    [
        new("checkin.wellbeing", 1, "Emotional wellbeing and strain", "How are you coping day to day, and how heavy does it all feel right now?", "How are you doing day to day, and how heavy do things feel for you right now?", "Find emotional support that fits: counselling, a parent support group or someone to talk to."),
        new("checkin.safety", 2, "Safety", "Do you feel safe — yourself, at home, online — including from any contact from the person who harmed your child?", "Do you feel safe — yourself, at home, at school or work, and online — including from any contact from the person who harmed someone in your family?", "Make a safety plan together and connect with the people who can help keep the family safe.", Sensitive: true),
        new("checkin.services", 3, "Access to services", "Are you able to get the services you need? Think of waitlists, cost, distance, eligibility and language.", "Can you get the help you need — someone to talk to, a group, a doctor — or is something getting in the way?", "Get past the barriers to services: referrals, help with waitlists, costs, travel or language."),
        new("checkin.justice", 4, "Understanding the justice process", "How well do you understand what is happening with police and court, and what comes next?", "How well do you understand what is happening with police and court, and what might come next?", "Understand the justice process: what happens next, who is who, and what your rights are."),
        new("checkin.heard", 5, "Being heard in legal proceedings", "Do you feel your voice is heard in the legal process?", "Do you feel that the people in the legal process listen to you?", "Be heard in the legal process: victim services, a victim impact statement if wanted, and court support."),
        new("checkin.police", 6, "Relationship with police", "How are things with the police involved in your family's case?", "How are things with the police involved in your family's case?", "Have clear, respectful contact with police: a named contact and support at meetings."),
        new("checkin.support", 7, "Family and peer support", "Do you have people around you for support, or do you feel on your own with this?", "Do you have people to lean on — family, friends, people your age — or do you feel on your own with this?", "Reconnect with support: family, friends, a parent peer group or a sibling group."),
        new("checkin.blame", 8, "Blame, stigma and shame", "Have you felt blamed, judged or ashamed by others, or by yourself?", "Have you felt blamed, judged or ashamed — by other people, or by yourself?", "Ease blame and shame: a space where you are not judged, and peer support from parents who understand.", Sensitive: true),
        new("checkin.children", 9, "The other children in the home", "How are the other children in your home doing?", "How are the other young people at home doing, and how are things between you?", "Support the other children: sibling support, school contact and time for each child."),
        new("checkin.practical", 10, "Practical needs", "Are there practical pressures — income, time off work, housing, transport, childcare?", "Are there practical worries — school or work, money, getting around, where you live?", "Ease practical pressures: financial help such as VQRP+, time off work, housing, transport or childcare."),
        new("checkin.health", 11, "Physical health and sleep", "How are your physical health and your sleep?", "How are your health and your sleep?", "Look after health and sleep: a doctor's visit and rest that fits your days."),
        new("checkin.culture", 12, "Cultural, spiritual and community supports", "Are you connected to the cultural, spiritual or community supports that matter to you?", "Are you connected to the cultural, spiritual or community supports that matter to you?", "Connect with the cultural, spiritual or community supports that matter to you."),
        new("checkin.information", 13, "Information and communication", "What would you like to know, and how would you like us to keep you informed?", "What would you like to know, and how would you like us to keep you in the loop?", "Get the information you want, in the way you want it: how often, by whom and in which language."),
    ];

    public static readonly InstrumentDefinition Definition = new(
        Code, "1.0", "Family needs check-in", "Check-in", "right now",
        "This check-in is about what you and your family need now, in 13 areas of life. It helps us plan support with you, in your words. It is not about what happened to your child, and you will not be asked to describe it.",
        "FamilyCase family needs check-in, built from research with Ontario service providers supporting families of sex-trafficked children.",
        Domains.Select(d => new InstrumentSection(d.Key, d.Title,
            [new InstrumentItem(RatingKey(d.Key), d.Number, d.Prompt, Scales.Need, RelativeText: d.RelativePrompt)],
            d.Sensitive ? "This part asks about something that can be hard to talk about. You can skip it or stop at any time." : null)).ToList(),
        [],
        Domains.Count * Urgent);

    public static CheckInDomain Domain(string key) => Domains.Single(d => d.Key == key);
}
