namespace FamilyCase.Domain.Justice;

public enum AttendanceRole
{
    Complainant,
    Witness,
    SupportPerson,
    Observer,
}

public static class AttendanceRoles
{
    /// <summary>Complainants testify too, so both count as witnesses for the support-person rule.</summary>
    public static bool Testifies(AttendanceRole role) => role is AttendanceRole.Complainant or AttendanceRole.Witness;
}
