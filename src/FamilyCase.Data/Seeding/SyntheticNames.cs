using FamilyCase.Domain.Families;

namespace FamilyCase.Data.Seeding;

/// <summary>Invented names drawn from small fixed pools; nobody in the synthetic data is a real person.</summary>
internal sealed class SyntheticNames(Random random)
{
    private static readonly string[] FirstNames =
    [
        "Avery", "Jordan", "Sam", "Noor", "Maya", "Elijah", "Chloé", "Mateo", "Aanya", "Liam", "Zara", "Owen", "Leila", "Kai", "Nadia",
        "Theo", "Isla", "Omar", "Rosa", "Dev", "Hana", "Felix", "Amara", "Lucas", "Mira", "Ravi", "Sofia", "Tariq", "Wren", "Yusuf",
    ];

    private static readonly string[] LastNames =
    [
        "Abara", "Bellefleur", "Castillo", "Dhillon", "Eriksen", "Fontaine", "Gill", "Hassan", "Ikeda", "Jeddore", "Kowalski", "Lachance",
        "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quinlan", "Rahman", "Sauvé", "Thunderbird", "Umarov", "Varga", "Whitehead", "Xu",
        "Yildiz", "Zielinski", "Achterberg", "Bouchard", "Cardinal", "Desrosiers",
    ];

    private static readonly string[] Languages = ["English", "English", "English", "French", "Arabic", "Punjabi", "Tagalog", "Spanish", "Somali", "Ojibwe"];

    public string LastName() => LastNames[random.Next(LastNames.Length)];

    public string Language() => Languages[random.Next(Languages.Length)];

    public string NoteText() => NoteTexts[random.Next(NoteTexts.Length)];

    private static readonly string[] NoteTexts =
    [
        "Phoned to confirm next week's meeting. Parent asked for an afternoon time.",
        "Met at the office. Talked through the court process and what to expect at the next date.",
        "Sent the list of parent peer-support groups as asked.",
        "Checked in by video. Sibling's school support plan is in place.",
        "Accompanied parent to the courthouse; hearing was adjourned to a new date.",
        "Left a message on the safe number at the agreed time.",
        "Talked about sleep and time off work; referral to counselling discussed.",
        "Shared information about the Victim Quick Response Program and its deadlines.",
    ];

    public IEnumerable<FamilyMember> Members(string surname, int year)
    {
        yield return Person(MemberRole.IdentifiedChild, "Identified child", surname, year - 12 - random.Next(6));
        yield return Person(MemberRole.Parent, "Mother", surname, year - 35 - random.Next(15));
        if (random.Next(2) == 0)
        {
            yield return Person(MemberRole.Parent, "Father", surname, year - 35 - random.Next(18));
        }

        yield return Person(MemberRole.Sibling, "Sibling", surname, year - 6 - random.Next(16));
        if (random.Next(2) == 0)
        {
            yield return Person(MemberRole.Sibling, "Sibling", surname, year - 4 - random.Next(18));
        }

        if (random.Next(3) > 0)
        {
            yield return Person(MemberRole.ExtendedFamily, "Grandparent", surname, year - 58 - random.Next(20));
        }

        if (random.Next(3) == 0)
        {
            yield return Person(MemberRole.ExtendedFamily, "Aunt or uncle", surname, year - 30 - random.Next(20));
        }
    }

    private FamilyMember Person(MemberRole role, string relationship, string surname, int birthYear) => new()
    {
        Role = role,
        Relationship = relationship,
        FirstName = FirstNames[random.Next(FirstNames.Length)],
        LastName = surname,
        DateOfBirth = new DateOnly(birthYear, 1 + random.Next(12), 1 + random.Next(28)),
    };
}
