namespace FamilyCase.Domain.Documents;

/// <summary>What a check-in area says in a court document: set plain words for a strength and for a need, never the rating.</summary>
public sealed record CourtNeedWords(string Domain, string Strength, string Need);

/// <summary>
/// The check-in areas a court document may speak of, in set words. Safety, blame, the other children and health are left out
/// of every document: they are clinical, about siblings, or could be turned against the family.
/// </summary>
public static class CourtNeeds
{
    public const int StrengthAtMost = 0;
    public const int NeedAtLeast = 2;

    public static readonly IReadOnlyList<CourtNeedWords> Words =
    [
        new("checkin.wellbeing", "is coping day to day", "may need breaks and a quiet place to wait on court days"),
        new("checkin.services", "is connected to the services they need", "is still finding services that fit, and referrals are under way"),
        new("checkin.justice", "understands the court process well", "would like each step of the court process explained before it happens"),
        new("checkin.heard", "feels heard in the legal process", "wants to be kept informed and to have their voice heard"),
        new("checkin.police", "has a working relationship with police", "would welcome a named police contact and support at meetings"),
        new("checkin.support", "has family and friends to lean on", "has few people to lean on and values company at court"),
        new("checkin.practical", "has practical matters in hand", "has practical pressures, so early notice of dates and help with travel matter"),
        new("checkin.culture", "is connected to cultural, spiritual or community supports", "would like cultural, spiritual or community support present"),
        new("checkin.information", "knows how to reach the people supporting them", "prefers clear information in good time, in the way they choose"),
    ];

    /// <summary>Strengths first, then needs, in the check-in's order; areas not in <see cref="Words"/> and declined answers are skipped.</summary>
    /// <param name="ratings">The latest check-in's rating per area; null for a declined or skipped answer.</param>
    public static (IReadOnlyList<string> Strengths, IReadOnlyList<string> Needs) Summarise(IReadOnlyDictionary<string, int?> ratings)
    {
        var strengths = Words.Where(w => ratings.TryGetValue(w.Domain, out var r) && r is <= StrengthAtMost).Select(w => w.Strength).ToList();
        var needs = Words.Where(w => ratings.TryGetValue(w.Domain, out var r) && r is >= NeedAtLeast).Select(w => w.Need).ToList();
        return (strengths, needs);
    }
}
