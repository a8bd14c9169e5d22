namespace FamilyCase.Domain.Assessments.Scoring;

/// <summary>Why a question has no score. Kept apart so a decline is never mistaken for a question nobody asked.</summary>
public enum MissingReason
{
    NotAsked,
    Skipped,
    Declined,
    DontKnow,
}

public sealed record MissingItem(string Key, int Number, MissingReason Reason);

public enum AlertKind
{
    /// <summary>PHQ-9 item 9 above 0: thoughts of being better off dead or of self-harm.</summary>
    SelfHarmThoughts,

    /// <summary>The check-in's safety domain rated urgent.</summary>
    UrgentSafetyNeed,
}

public sealed record ScoreAlert(AlertKind Kind, string ItemKey, string Message);

public sealed record ClusterScore(string Cluster, string Name, int? Score, int Symptoms, int Needed);

/// <summary>PCL-5 extras: cluster scores and the two provisional rules (null when the screen is incomplete).</summary>
public sealed record Pcl5Result(IReadOnlyList<ClusterScore> Clusters, int CutPoint, bool? ProvisionalByCutPoint, bool? ProvisionalByDsmRule);

public sealed record DomainResult(string Key, int Number, string Title, AnswerKind? Kind, int? Rating, string? Strengths, string? OwnWords, string? SuggestedGoal);

public sealed record CheckInResult(IReadOnlyList<DomainResult> Domains)
{
    public IEnumerable<DomainResult> SuggestedGoals => Domains.Where(d => d.SuggestedGoal is not null);
}

/// <summary>
/// What the system computes from the answers. <see cref="Total"/> and <see cref="Band"/> are null while any scored
/// question is missing: totals are never prorated.
/// </summary>
public sealed record ScoreResult(
    string InstrumentCode,
    string InstrumentVersion,
    int? Total,
    int MaxTotal,
    string? Band,
    IReadOnlyList<MissingItem> Missing,
    IReadOnlyList<ScoreAlert> Alerts,
    Pcl5Result? Pcl5 = null,
    CheckInResult? CheckIn = null)
{
    public bool IsComplete => Missing.Count == 0;
}
