using FamilyCase.Domain.Assessments.Instruments;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class BandBoundaryTests
{
    [Theory]
    [InlineData(0, "Minimal")]
    [InlineData(4, "Minimal")]
    [InlineData(5, "Mild")]
    [InlineData(9, "Mild")]
    [InlineData(10, "Moderate")]
    [InlineData(14, "Moderate")]
    [InlineData(15, "Moderately severe")]
    [InlineData(19, "Moderately severe")]
    [InlineData(20, "Severe")]
    [InlineData(27, "Severe")]
    public void Phq9_bands_at_every_edge(int total, string band) => AssertBand(Phq9.Definition, total, band);

    [Theory]
    [InlineData(0, "Minimal")]
    [InlineData(4, "Minimal")]
    [InlineData(5, "Mild")]
    [InlineData(9, "Mild")]
    [InlineData(10, "Moderate")]
    [InlineData(14, "Moderate")]
    [InlineData(15, "Severe")]
    [InlineData(21, "Severe")]
    public void Gad7_bands_at_every_edge(int total, string band) => AssertBand(Gad7.Definition, total, band);

    [Theory]
    [InlineData(0, "Low distress")]
    [InlineData(4, "Low distress")]
    [InlineData(5, "Moderate distress")]
    [InlineData(12, "Moderate distress")]
    [InlineData(13, "Serious psychological distress")]
    [InlineData(24, "Serious psychological distress")]
    public void K6_bands_at_every_edge(int total, string band) => AssertBand(K6.Definition, total, band);

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void Gad7_suggests_further_evaluation_from_ten(int total, bool suggested)
    {
        var result = Answers.Score(Gad7.Definition, Answers.Totalling(Gad7.Definition, total));

        Assert.Equal(suggested, result.Total >= Gad7.FurtherEvaluationAt);
    }

    [Fact]
    public void Pcl5_has_no_bands_only_its_total()
    {
        var result = Answers.Score(Pcl5.Definition, Answers.Totalling(Pcl5.Definition, 50));

        Assert.Equal(50, result.Total);
        Assert.Null(result.Band);
    }

    [Fact]
    public void The_phq9_difficulty_question_is_asked_but_not_counted()
    {
        var answers = Answers.Totalling(Phq9.Definition, 7);
        answers.Add(Domain.Assessments.Scoring.ItemAnswer.Of("phq9.difficulty", 3));

        var result = Answers.Score(Phq9.Definition, answers);

        Assert.Equal(7, result.Total);
        Assert.True(result.IsComplete);
    }

    private static void AssertBand(Domain.Assessments.InstrumentDefinition instrument, int total, string band)
    {
        var result = Answers.Score(instrument, Answers.Totalling(instrument, total));

        Assert.True(result.IsComplete);
        Assert.Equal(total, result.Total);
        Assert.Equal(band, result.Band);
    }
}
