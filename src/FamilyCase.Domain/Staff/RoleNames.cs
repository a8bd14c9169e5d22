namespace FamilyCase.Domain.Staff;

/// <summary>Role names as they appear in role claims and authorization attributes.</summary>
public static class RoleNames
{
    public const string Caseworker = nameof(StaffRole.Caseworker);
    public const string Supervisor = nameof(StaffRole.Supervisor);
    public const string CourtSupport = nameof(StaffRole.CourtSupport);
    public const string Administrator = nameof(StaffRole.Administrator);

    public static IReadOnlyList<string> All { get; } = [Caseworker, Supervisor, CourtSupport, Administrator];

    public static string DisplayName(StaffRole role) => role switch
    {
        StaffRole.Caseworker => "Caseworker",
        StaffRole.Supervisor => "Supervisor",
        StaffRole.CourtSupport => "Court support",
        StaffRole.Administrator => "Administrator",
        _ => role.ToString(),
    };
}
