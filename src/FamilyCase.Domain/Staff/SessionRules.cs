namespace FamilyCase.Domain.Staff;

/// <summary>How long a session may last: idle time and absolute lifetime, both enforced on the server.</summary>
public sealed record SessionRules(TimeSpan IdleTimeout, TimeSpan AbsoluteLifetime)
{
    /// <summary>
    /// Why a session must end now, or null while it may go on. <paramref name="grace"/> lets the browser's own idle sign-out
    /// (which is audited as such) happen first.
    /// </summary>
    public SessionEnd? WhyEnd(StaffSession session, StaffMember? staff, StaffScope claimed, DateTime nowUtc, TimeSpan grace)
    {
        if (session.EndReason is { } ended)
        {
            return ended;
        }

        if (staff is null || !staff.IsActive)
        {
            return SessionEnd.Deactivated;
        }

        if (staff.Id != claimed.StaffId || staff.Role != claimed.Role || staff.TeamId != claimed.TeamId)
        {
            return SessionEnd.AccountChanged;
        }

        if (nowUtc - session.StartedAtUtc >= AbsoluteLifetime)
        {
            return SessionEnd.Expired;
        }

        return nowUtc - session.LastSeenAtUtc >= IdleTimeout + grace ? SessionEnd.Idle : null;
    }

    public static string Explain(SessionEnd reason, TimeSpan idleTimeout, TimeSpan lifetime) => reason switch
    {
        SessionEnd.SignedOut => "You have signed out everywhere. Thank you.",
        SessionEnd.SignedOutElsewhere => "You were signed out because you signed out in another window or on another device.",
        SessionEnd.Idle => $"You were signed out because nothing happened for {Describe(idleTimeout)}. Your saved work is safe.",
        SessionEnd.Expired => $"For privacy, a session lasts at most {Describe(lifetime)}. Please sign in again; your saved work is safe.",
        SessionEnd.Deactivated => "Your account is no longer active. Please speak with your administrator.",
        SessionEnd.AccountChanged => "Your role or team changed, so please sign in again to see what you now have access to.",
        _ => "Your password or account security changed, so please sign in again.",
    };

    public static string Describe(TimeSpan duration) => duration switch
    {
        { TotalHours: >= 1 } when duration.TotalHours == Math.Floor(duration.TotalHours) => $"{duration.TotalHours:0} hour{(duration.TotalHours == 1 ? "" : "s")}",
        { TotalMinutes: >= 1 } => $"{duration.TotalMinutes:0.#} minute{(duration.TotalMinutes == 1 ? "" : "s")}",
        _ => $"{duration.TotalSeconds:0} seconds",
    };
}
