namespace FamilyCase.Web.Authentication;

/// <summary>Claims FamilyCase adds to every signed-in principal, whichever way they signed in.</summary>
public static class StaffClaims
{
    public const string StaffId = "fc:staff_id";
    public const string TeamId = "fc:team_id";
    public const string DisplayName = "fc:display_name";

    /// <summary>The server-side session (<c>StaffSessions</c> table) this sign-in belongs to.</summary>
    public const string Session = "fc:session";

    /// <summary>When that session started (UTC ticks), so its absolute lifetime is checked on every request.</summary>
    public const string SessionStarted = "fc:session-started";
}
