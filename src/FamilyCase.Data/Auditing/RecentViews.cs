using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace FamilyCase.Data.Auditing;

/// <summary>
/// The views recorded on this server in the last minute. A page is drawn twice when it opens (once on the server, once
/// live), so the same view by the same person within the window is one view. The fingerprint also covers what the event
/// leaves out, such as the words searched for, so two different searches are two views even when their events read alike;
/// it is a hash, kept in memory only, so those words are never stored.
/// </summary>
public sealed class RecentViews(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private const int PruneAbove = 4096;
    private readonly ConcurrentDictionary<string, DateTime> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time this view is seen within the window; it then counts as seen.</summary>
    public bool IsNew(AuditEntry entry, string? unrecorded)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var key = Fingerprint(entry, unrecorded);
        if (_seen.TryGetValue(key, out var at) && now - at < Window)
        {
            return false;
        }

        _seen[key] = now;
        if (_seen.Count > PruneAbove)
        {
            foreach (var old in _seen.Where(pair => now - pair.Value >= Window))
            {
                _seen.TryRemove(old);
            }
        }

        return true;
    }

    /// <summary>Forgets a view whose event could not be written, so the next attempt records it.</summary>
    public void Forget(AuditEntry entry, string? unrecorded) => _seen.TryRemove(Fingerprint(entry, unrecorded), out _);

    private static string Fingerprint(AuditEntry entry, string? unrecorded)
    {
        var text = string.Join('\u001f', entry.ActorStaffId, entry.ActorName, entry.Action, entry.RecordType, entry.RecordId, entry.FamilyId, entry.Detail, unrecorded);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
