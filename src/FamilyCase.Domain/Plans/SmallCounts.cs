namespace FamilyCase.Domain.Plans;

/// <summary>
/// Aggregate figures for readers who see no case content: a count below the threshold could point to a family, so it is
/// shown as "fewer than N" and figures drawn from so few referrals are left out.
/// </summary>
public sealed class SmallCounts(int threshold)
{
    public int Threshold { get; } = threshold;

    public bool Hides(int count) => count > 0 && count < Threshold;

    public string Show(int count) => Hides(count) ? $"fewer than {Threshold}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Which counts of a table whose rows add up to a shown total to hide. The hidden rows could be worked out from the total if
    /// they were one row, or added up to fewer than the threshold, so the smallest shown rows are hidden with them until they
    /// are at least two rows adding up to the threshold or more.
    /// </summary>
    public IReadOnlyList<bool> HiddenInTotal(IReadOnlyList<int> counts)
    {
        var hidden = counts.Select(Hides).ToArray();
        bool Exposed() => hidden.Any(h => h) && (hidden.Count(h => h) == 1 || counts.Where((_, i) => hidden[i]).Sum() < Threshold);
        while (Exposed())
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !hidden[i] && counts[i] > 0).OrderBy(i => counts[i]).FirstOrDefault(-1);
            if (next < 0)
            {
                break;
            }

            hidden[next] = true;
        }

        return hidden;
    }

    /// <summary>Nothing is hidden: for readers who see the families themselves.</summary>
    public static SmallCounts None { get; } = new(0);
}
