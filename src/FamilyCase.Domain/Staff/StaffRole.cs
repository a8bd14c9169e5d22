namespace FamilyCase.Domain.Staff;

/// <summary>What a member of staff does in the agency; each role sees a different slice of case content.</summary>
public enum StaffRole
{
    Caseworker,
    Supervisor,
    CourtSupport,
    Administrator,
}
