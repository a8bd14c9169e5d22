namespace FamilyCase.Domain.Justice;

/// <summary>The status changes a record allows; anything else is an illegal jump, refused with a plain reason.</summary>
public sealed class StatusMoves<TStatus>(IReadOnlyDictionary<TStatus, TStatus[]> allowed, Func<TStatus, string> explainFinal)
    where TStatus : struct, Enum
{
    public bool Allows(TStatus from, TStatus to) => from.Equals(to) || (allowed.TryGetValue(from, out var next) && next.Contains(to));

    /// <summary>Why the move is not allowed, or null when it is.</summary>
    public string? Problem(TStatus from, TStatus to) => Allows(from, to) ? null : explainFinal(from);

    public IReadOnlyList<TStatus> From(TStatus from) =>
        [from, .. allowed.TryGetValue(from, out var next) ? next : []];
}
