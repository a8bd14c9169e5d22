using FamilyCase.Domain.Plans;

namespace FamilyCase.Domain.Tests.Plans;

public sealed class WaitStatisticsTests
{
    [Fact]
    public void The_median_and_90th_percentile_match_a_spreadsheet_s_percentile_inc()
    {
        // Waits 3, 7, 10, 14, 21, 30, 45, 60, 90, 120: PERCENTILE.INC gives 25.5 and 93.
        var figures = WaitStatistics.Of([(3, 1), (7, 1), (10, 1), (14, 1), (21, 1), (30, 1), (45, 1), (60, 1), (90, 1), (120, 1)]);

        Assert.Equal(new WaitFigures(10, 25.5, 93), figures);
    }

    [Fact]
    public void A_histogram_gives_the_same_figures_as_the_list_of_waits()
    {
        var fromBins = WaitStatistics.Of([(28, 3), (14, 2), (60, 1)]);
        var fromList = WaitStatistics.Of([(14, 1), (14, 1), (28, 1), (28, 1), (28, 1), (60, 1)]);

        Assert.Equal(fromList, fromBins);
        Assert.Equal(new WaitFigures(6, 28, 44), fromBins);
    }

    [Fact]
    public void One_wait_is_its_own_median_and_no_waits_give_no_figures()
    {
        Assert.Equal(new WaitFigures(1, 12, 12), WaitStatistics.Of([(12, 1)]));
        Assert.Null(WaitStatistics.Of([]));
        Assert.Null(WaitStatistics.Of([(12, 0)]));
    }

    [Fact]
    public void Small_counts_are_hidden_and_a_lone_small_row_takes_the_next_smallest_with_it()
    {
        var small = new SmallCounts(5);

        Assert.Equal(["0", "fewer than 5", "5", "12"], new[] { 0, 4, 5, 12 }.Select(small.Show));
        Assert.Equal([false, true, true, false], small.HiddenInTotal([12, 3, 6, 40]));
        Assert.Equal([true, true, true, false], small.HiddenInTotal([2, 1, 7, 30]));
        Assert.Equal([false, true, true, true], small.HiddenInTotal([50, 1, 1, 9]));
        Assert.Equal([false, false], small.HiddenInTotal([7, 9]));
        Assert.Equal("3", SmallCounts.None.Show(3));
    }
}
