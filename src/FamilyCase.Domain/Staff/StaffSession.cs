namespace FamilyCase.Domain.Staff;

/// <summary>Why a signed-in session ended; recorded on the session and shown on the sign-in page in plain words.</summary>
public enum SessionEnd
{
    /// <summary>The person signed out in this browser.</summary>
    SignedOut,

    /// <summary>The person signed out in another browser or on another device.</summary>
    SignedOutElsewhere,
    Idle,
    Expired,
    Deactivated,
    AccountChanged,
    SecurityChanged,
}

/// <summary>
/// One signed-in session, kept on the server so it can end there: after inactivity, after its absolute lifetime, when the
/// person signs out anywhere, or when their account is deactivated or changed. The sign-in cookie only names the session.
/// </summary>
public class StaffSession
{
    public Guid Id { get; set; }
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime LastSeenAtUtc { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public SessionEnd? EndReason { get; set; }

    public bool IsOpen => EndedAtUtc is null;
}
