using FamilyCase.Domain.Assessments.Instruments;

namespace FamilyCase.Domain.Assessments.Scoring;

/// <summary>Scores an assessment from its answers. The only place scores come from: nobody types a score in.</summary>
public static class InstrumentScorer
{
    public static ScoreResult Score(InstrumentDefinition instrument, IEnumerable<ItemAnswer> answers, AssessmentRules rules, IReadOnlyDictionary<string, string?>? notes = null)
    {
        var byKey = answers.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last());
        var missing = instrument.ScoredItems
            .Where(item => !IsScored(byKey.GetValueOrDefault(item.Key), item))
            .Select(item => new MissingItem(item.Key, item.Number, Reason(byKey.GetValueOrDefault(item.Key))))
            .ToList();
        var total = instrument.IsCheckIn || missing.Count > 0
            ? (int?)null
            : instrument.ScoredItems.Sum(item => byKey[item.Key].Value!.Value);
        var band = total is { } t ? instrument.Bands.FirstOrDefault(b => t >= b.Min && t <= b.Max)?.Name : null;
        return new ScoreResult(
            instrument.Code,
            instrument.Version,
            total,
            instrument.MaxTotal,
            band,
            missing,
            Alerts(instrument, byKey),
            instrument.Code == Pcl5.Code ? Pcl5Rules(instrument, byKey, total, rules.Pcl5CutPoint) : null,
            instrument.IsCheckIn ? CheckIn(byKey, notes ?? new Dictionary<string, string?>()) : null);
    }

    private static bool IsScored(ItemAnswer? answer, InstrumentItem item) =>
        answer is { Kind: AnswerKind.Answered, Value: { } value } && item.Options.Any(o => o.Value == value);

    private static MissingReason Reason(ItemAnswer? answer) => answer?.Kind switch
    {
        AnswerKind.Skipped => MissingReason.Skipped,
        AnswerKind.Declined => MissingReason.Declined,
        AnswerKind.DontKnow => MissingReason.DontKnow,
        _ => MissingReason.NotAsked,
    };

    private static List<ScoreAlert> Alerts(InstrumentDefinition instrument, Dictionary<string, ItemAnswer> byKey) => byKey.Values
        .Select(answer => (answer.Key, Kind: SafetyRule.AlertFor(instrument.Code, answer)))
        .Where(a => a.Kind is not null)
        .Select(a => new ScoreAlert(a.Kind!.Value, a.Key, SafetyRule.Explanation(a.Kind.Value)))
        .ToList();

    private static Pcl5Result Pcl5Rules(InstrumentDefinition instrument, Dictionary<string, ItemAnswer> byKey, int? total, int cutPoint)
    {
        var clusters = Pcl5.Clusters.Select(c =>
        {
            var items = instrument.Items.Where(i => i.Cluster == c.Cluster).ToList();
            var scored = items.Where(i => IsScored(byKey.GetValueOrDefault(i.Key), i)).ToList();
            int? score = scored.Count == items.Count ? scored.Sum(i => byKey[i.Key].Value!.Value) : null;
            var symptoms = scored.Count(i => byKey[i.Key].Value >= Pcl5.SymptomThreshold);
            return new ClusterScore(c.Cluster, c.Name, score, symptoms, c.Needed);
        }).ToList();
        var complete = total is not null;
        return new Pcl5Result(
            clusters,
            cutPoint,
            complete ? total >= cutPoint : null,
            complete ? clusters.All(c => c.Symptoms >= c.Needed) : null);
    }

    private static CheckInResult CheckIn(Dictionary<string, ItemAnswer> byKey, IReadOnlyDictionary<string, string?> notes) =>
        new(FamilyNeedsCheckIn.Domains.Select(d =>
        {
            var answer = byKey.GetValueOrDefault(FamilyNeedsCheckIn.RatingKey(d.Key));
            var rating = answer is { Kind: AnswerKind.Answered } ? answer.Value : null;
            return new DomainResult(d.Key, d.Number, d.Title, answer?.Kind, rating,
                notes.GetValueOrDefault(FamilyNeedsCheckIn.StrengthsKey(d.Key)),
                notes.GetValueOrDefault(FamilyNeedsCheckIn.OwnWordsKey(d.Key)),
                rating >= FamilyNeedsCheckIn.SuggestGoalAt ? d.SuggestedGoal : null);
        }).ToList());
}
