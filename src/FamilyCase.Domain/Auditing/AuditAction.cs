namespace FamilyCase.Domain.Auditing;

public enum AuditAction
{
    View,
    Create,
    Change,
    Close,
    Delete,
    Print,
    Export,
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    AccessRefused,
    EmergencyAccess,
}
