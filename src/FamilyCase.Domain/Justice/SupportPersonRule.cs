namespace FamilyCase.Domain.Justice;

/// <summary>A support person chosen for a witness who is also a witness in the same proceeding.</summary>
public sealed record SupportPersonConflict(int WitnessMemberId, int SupportPersonMemberId);

/// <summary>
/// Criminal Code s. 486.1(4): a witness may not act as a support person unless the court finds it necessary. A parent who
/// testifies may therefore be unable to sit with their child, and the family needs to know before the day.
/// </summary>
public static class SupportPersonRule
{
    /// <param name="choices">Each witness and the support person chosen for them.</param>
    /// <param name="witnessesInProceeding">Members who testify (as complainant or witness) at any date of the same proceeding.</param>
    public static IReadOnlyList<SupportPersonConflict> Conflicts(IEnumerable<(int WitnessMemberId, int SupportPersonMemberId)> choices, IReadOnlySet<int> witnessesInProceeding) =>
        choices.Where(c => witnessesInProceeding.Contains(c.SupportPersonMemberId))
            .Select(c => new SupportPersonConflict(c.WitnessMemberId, c.SupportPersonMemberId))
            .Distinct()
            .ToList();

    public static string Warning(string supportPerson, string witness) =>
        $"{supportPerson} is also a witness in this proceeding. A witness may act as {witness}'s support person only if the court orders it (Criminal Code s. 486.1(4)). Please talk with the Crown or victim/witness staff, and think about who else could sit with {witness}.";
}
