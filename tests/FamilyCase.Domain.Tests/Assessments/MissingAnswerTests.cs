using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class MissingAnswerTests
{
    public static TheoryData<string> EveryScoredInstrument => new() { Phq9.Code, Gad7.Code, Pcl5.Code, K6.Code };

    [Theory]
    [MemberData(nameof(EveryScoredInstrument))]
    public void A_declined_question_is_never_counted_as_zero(string code)
    {
        var instrument = InstrumentCatalog.Standard.Latest(code);
        var answers = Answers.Totalling(instrument, 0);
        answers[^1] = ItemAnswer.Declined(answers[^1].Key);

        var result = Answers.Score(instrument, answers);

        Assert.Null(result.Total);
        Assert.Null(result.Band);
        var missing = Assert.Single(result.Missing);
        Assert.Equal(MissingReason.Declined, missing.Reason);
    }

    [Theory]
    [MemberData(nameof(EveryScoredInstrument))]
    public void Skipped_declined_dont_know_and_unasked_are_told_apart_and_nothing_is_prorated(string code)
    {
        var instrument = InstrumentCatalog.Standard.Latest(code);
        var items = instrument.ScoredItems.ToList();
        var answers = items.Skip(4).Select(i => ItemAnswer.Of(i.Key, 1))
            .Append(ItemAnswer.Skipped(items[0].Key))
            .Append(ItemAnswer.Declined(items[1].Key))
            .Append(ItemAnswer.DontKnow(items[2].Key));

        var result = Answers.Score(instrument, answers);

        Assert.False(result.IsComplete);
        Assert.Null(result.Total);
        Assert.Equal(
            [(items[0].Number, MissingReason.Skipped), (items[1].Number, MissingReason.Declined), (items[2].Number, MissingReason.DontKnow), (items[3].Number, MissingReason.NotAsked)],
            result.Missing.Select(m => (m.Number, m.Reason)));
    }

    [Fact]
    public void A_value_outside_the_scale_is_not_a_score()
    {
        var answers = Answers.Totalling(Gad7.Definition, 3);
        answers[0] = ItemAnswer.Of(answers[0].Key, 7);

        Assert.Null(Answers.Score(Gad7.Definition, answers).Total);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Phq9_item_9_above_zero_raises_a_self_harm_alert_whatever_the_total(int item9, bool alert)
    {
        var answers = Phq9.Definition.ScoredItems.Select(i => ItemAnswer.Of(i.Key, i.Key == Phq9.CriticalItem ? item9 : 0)).ToList();

        var result = Answers.Score(Phq9.Definition, answers);

        Assert.Equal("Minimal", result.Band);
        Assert.Equal(alert, result.Alerts.Any(a => a.Kind == AlertKind.SelfHarmThoughts));
    }

    [Fact]
    public void Phq9_item_9_alerts_even_when_the_rest_is_unanswered()
    {
        var result = Answers.Score(Phq9.Definition, [ItemAnswer.Of(Phq9.CriticalItem, 2)]);

        Assert.False(result.IsComplete);
        Assert.Contains(result.Alerts, a => a.Kind == AlertKind.SelfHarmThoughts);
    }

    [Fact]
    public void A_declined_item_9_raises_no_alert()
    {
        var result = Answers.Score(Phq9.Definition, [ItemAnswer.Declined(Phq9.CriticalItem)]);

        Assert.Empty(result.Alerts);
    }
}
