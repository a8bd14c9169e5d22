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

    /// <summary>The same rule for queries: people who testify at a court date.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<CourtAttendance, bool>> Testifying =
        a => a.Role == AttendanceRole.Complainant || a.Role == AttendanceRole.Witness;
}
