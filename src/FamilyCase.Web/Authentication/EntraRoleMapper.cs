using FamilyCase.Domain.Staff;

namespace FamilyCase.Web.Authentication;

/// <summary>Turns the app roles in an Entra ID token into the one FamilyCase role a person works in.</summary>
public static class EntraRoleMapper
{
    // When a token carries several app roles, the one with the widest case responsibility wins.
    private static readonly StaffRole[] Precedence = [StaffRole.Supervisor, StaffRole.Caseworker, StaffRole.CourtSupport, StaffRole.Administrator];

    public static StaffRole? Map(IEnumerable<string> tokenRoles, IReadOnlyDictionary<string, StaffRole> roleMap)
    {
        var mapped = tokenRoles
            .Select(value => roleMap.TryGetValue(value, out var role) ? role : (StaffRole?)null)
            .OfType<StaffRole>()
            .ToHashSet();
        return Precedence.Where(mapped.Contains).Select(role => (StaffRole?)role).FirstOrDefault();
    }
}
