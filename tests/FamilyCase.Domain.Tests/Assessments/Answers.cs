using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Domain.Tests.Assessments;

/// <summary>Builds answer sets that add up to a chosen total, spreading it over the scored items.</summary>
internal static class Answers
{
    public static List<ItemAnswer> Totalling(InstrumentDefinition instrument, int total)
    {
        var answers = new List<ItemAnswer>();
        var left = total;
        foreach (var item in instrument.ScoredItems)
        {
            var value = Math.Min(left, item.Options.Max(o => o.Value));
            answers.Add(ItemAnswer.Of(item.Key, value));
            left -= value;
        }

        if (left != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), $"{instrument.Code} cannot total {total}.");
        }

        return answers;
    }

    public static ScoreResult Score(InstrumentDefinition instrument, IEnumerable<ItemAnswer> answers, int cutPoint = 33) =>
        InstrumentScorer.Score(instrument, answers, new AssessmentRules(Pcl5CutPoint: cutPoint));
}
