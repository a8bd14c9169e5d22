namespace FamilyCase.Domain.Justice;

/// <summary>An interview the person already gave, to show before another is arranged.</summary>
public sealed record EarlierInterview(int Id, InterviewKind Kind, DateOnly On, string ConductedBy, bool Recorded, string? RecordingHeldBy);

/// <summary>Nobody is made to retell their story: before a new interview is arranged, the ones already given are shown and a reason is asked for.</summary>
public static class TellItOnce
{
    public const int MinimumReasonLength = 10;

    /// <summary>The interviews the member has already given (not those arranged or cancelled), newest first, leaving out the one being edited.</summary>
    public static IReadOnlyList<EarlierInterview> EarlierGiven(IEnumerable<(int Id, InterviewKind Kind, InterviewStatus Status, DateOnly On, string ConductedBy, bool Recorded, string? RecordingHeldBy)> ledger, int editingId) =>
        ledger.Where(i => i.Status == InterviewStatus.Given && i.Id != editingId)
            .OrderByDescending(i => i.On).ThenByDescending(i => i.Id)
            .Select(i => new EarlierInterview(i.Id, i.Kind, i.On, i.ConductedBy, i.Recorded, i.RecordingHeldBy))
            .ToList();

    /// <summary>Why a new interview may not be arranged yet, or null: one already given needs a reason for another.</summary>
    public static string? Problem(InterviewStatus status, IReadOnlyList<EarlierInterview> earlier, string? whyNeeded) =>
        status == InterviewStatus.Arranged && earlier.Count > 0 && (whyNeeded?.Trim().Length ?? 0) < MinimumReasonLength
            ? $"This person has already given {(earlier.Count == 1 ? "an interview" : $"{earlier.Count} interviews")}. Please check whether a recording could be used instead, and say in a sentence why a new interview is needed."
            : null;
}
