using System.Collections.Concurrent;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Tells this server's open connections at once that a person's sessions have ended (signed out, deactivated, changed),
/// instead of waiting for the next revalidation. Other servers in a scale-out find out at their next revalidation.
/// </summary>
public sealed class SessionSignals(TimeProvider clock)
{
    private readonly ConcurrentDictionary<int, DateTime> _endedAt = new();

    public event Action<int>? Ended;

    public void SessionsEnded(int staffId)
    {
        _endedAt[staffId] = clock.GetUtcNow().UtcDateTime;
        Ended?.Invoke(staffId);
    }

    public bool EndedSince(int staffId, DateTime sinceUtc) => _endedAt.TryGetValue(staffId, out var at) && at >= sinceUtc;
}
