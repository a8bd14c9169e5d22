using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class Pcl5RuleTests
{
    [Theory]
    [InlineData(32, 33, false)]
    [InlineData(33, 33, true)]
    [InlineData(37, 38, false)]
    [InlineData(38, 38, true)]
    public void The_cut_point_rule_is_met_at_the_configured_cut_point(int total, int cutPoint, bool provisional)
    {
        var result = Answers.Score(Pcl5.Definition, Answers.Totalling(Pcl5.Definition, total), cutPoint);

        Assert.Equal(provisional, result.Pcl5!.ProvisionalByCutPoint);
        Assert.Equal(cutPoint, result.Pcl5.CutPoint);
    }

    [Fact]
    public void The_dsm_rule_needs_one_b_one_c_two_d_and_two_e_items_rated_two_or_more()
    {
        // Exactly the minimum: B1, C6, D8, D9, E15, E16 at 2; everything else 0 or 1.
        var answers = Enumerable.Range(1, 20).Select(n => ItemAnswer.Of($"pcl5.{n}", n is 1 or 6 or 8 or 9 or 15 or 16 ? 2 : 1)).ToList();

        var result = Answers.Score(Pcl5.Definition, answers);

        Assert.True(result.Pcl5!.ProvisionalByDsmRule);
        Assert.Equal(26, result.Total);
        Assert.False(result.Pcl5.ProvisionalByCutPoint);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(16)]
    public void One_symptom_short_in_any_cluster_and_the_dsm_rule_is_not_met(int loweredItem)
    {
        var answers = Enumerable.Range(1, 20)
            .Select(n => ItemAnswer.Of($"pcl5.{n}", n is 1 or 6 or 8 or 9 or 15 or 16 && n != loweredItem ? 2 : 1)).ToList();

        var result = Answers.Score(Pcl5.Definition, answers);

        Assert.False(result.Pcl5!.ProvisionalByDsmRule);
    }

    [Fact]
    public void A_high_total_without_the_symptom_pattern_meets_one_rule_and_not_the_other()
    {
        // Every intrusion and arousal item at 4, nothing in avoidance: 44 points, cluster C empty.
        var answers = Enumerable.Range(1, 20).Select(n => ItemAnswer.Of($"pcl5.{n}", n is >= 1 and <= 5 || n >= 15 ? 4 : n is 6 or 7 ? 0 : 0)).ToList();

        var result = Answers.Score(Pcl5.Definition, answers);

        Assert.Equal(44, result.Total);
        Assert.True(result.Pcl5!.ProvisionalByCutPoint);
        Assert.False(result.Pcl5.ProvisionalByDsmRule);
    }

    [Fact]
    public void Cluster_scores_add_up_their_own_items()
    {
        var answers = Enumerable.Range(1, 20).Select(n => ItemAnswer.Of($"pcl5.{n}", n % 5)).ToList();

        var clusters = Answers.Score(Pcl5.Definition, answers).Pcl5!.Clusters.ToDictionary(c => c.Cluster, c => c.Score);

        Assert.Equal(1 + 2 + 3 + 4 + 0, clusters["B"]);
        Assert.Equal(1 + 2, clusters["C"]);
        Assert.Equal(3 + 4 + 0 + 1 + 2 + 3 + 4, clusters["D"]);
        Assert.Equal(0 + 1 + 2 + 3 + 4 + 0, clusters["E"]);
    }

    [Fact]
    public void An_incomplete_pcl5_gives_neither_rule_nor_a_total()
    {
        var answers = Answers.Totalling(Pcl5.Definition, 60).Where(a => a.Key != "pcl5.7").Append(ItemAnswer.Declined("pcl5.7")).ToList();

        var result = Answers.Score(Pcl5.Definition, answers);

        Assert.Null(result.Total);
        Assert.Null(result.Pcl5!.ProvisionalByCutPoint);
        Assert.Null(result.Pcl5.ProvisionalByDsmRule);
        Assert.Null(result.Pcl5.Clusters.Single(c => c.Cluster == "C").Score);
        Assert.NotNull(result.Pcl5.Clusters.Single(c => c.Cluster == "B").Score);
    }
}
