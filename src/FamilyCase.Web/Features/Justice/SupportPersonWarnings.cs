using FamilyCase.Domain.Justice;

namespace FamilyCase.Web.Features.Justice;

/// <summary>The s. 486.1 warnings for a court date, in names, from the one rule in the Domain.</summary>
public static class SupportPersonWarnings
{
    public static IReadOnlyList<string> For(IEnumerable<(int WitnessId, int SupportId, string Witness, string Support)> choices, IReadOnlySet<int> testifying)
    {
        var named = choices.ToList();
        return SupportPersonRule.Conflicts(named.Select(c => (c.WitnessId, c.SupportId)), testifying)
            .Select(conflict => named.First(c => c.WitnessId == conflict.WitnessMemberId && c.SupportId == conflict.SupportPersonMemberId))
            .Select(c => SupportPersonRule.Warning(c.Support, c.Witness))
            .ToList();
    }
}
