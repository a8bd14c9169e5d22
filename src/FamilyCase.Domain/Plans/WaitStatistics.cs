namespace FamilyCase.Domain.Plans;

/// <summary>Median and 90th percentile of waits, in days, with how many referrals they come from.</summary>
public sealed record WaitFigures(int Referrals, double Median, double Percentile90);

/// <summary>
/// Percentiles of waits from a histogram (wait in days → how many), so the database returns one row per distinct wait rather
/// than one per referral. Percentiles use linear interpolation between closest ranks (the method spreadsheets call PERCENTILE.INC).
/// </summary>
public static class WaitStatistics
{
    public static WaitFigures? Of(IEnumerable<(int WaitDays, int Count)> histogram)
    {
        var bins = histogram.Where(b => b.Count > 0).GroupBy(b => b.WaitDays).Select(g => (Wait: g.Key, Count: g.Sum(b => b.Count))).OrderBy(b => b.Wait).ToList();
        var total = bins.Sum(b => b.Count);
        return total == 0 ? null : new WaitFigures(total, Percentile(bins, total, 0.5), Percentile(bins, total, 0.9));
    }

    private static double Percentile(List<(int Wait, int Count)> bins, int total, double p)
    {
        var rank = p * (total - 1);
        var lower = (int)Math.Floor(rank);
        var fraction = rank - lower;
        var low = ValueAt(bins, lower);
        return Math.Round(fraction == 0 ? low : low + (fraction * (ValueAt(bins, lower + 1) - low)), 2);
    }

    private static int ValueAt(List<(int Wait, int Count)> bins, int index)
    {
        var seen = 0;
        foreach (var (wait, count) in bins)
        {
            seen += count;
            if (index < seen)
            {
                return wait;
            }
        }

        return bins[^1].Wait;
    }
}
