using System.Globalization;
using System.Security.Claims;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Who is signed in, as FamilyCase knows them: read from the claims set at sign-in. The claims are checked against the
/// database on every <see cref="AuthenticationSettings.RevalidationInterval"/>, so a changed role or team ends the session.
/// </summary>
public sealed record SignedInStaff(int StaffId, string DisplayName, StaffRole Role, int? TeamId, Guid? SessionId = null)
{
    public StaffScope Scope => new(StaffId, Role, TeamId);

    public static SignedInStaff? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(StaffClaims.StaffId), CultureInfo.InvariantCulture, out var staffId))
        {
            return null;
        }

        var role = RoleNames.All.FirstOrDefault(user.IsInRole) is { } name ? Enum.Parse<StaffRole>(name) : (StaffRole?)null;
        if (role is null)
        {
            return null;
        }

        int? teamId = int.TryParse(user.FindFirstValue(StaffClaims.TeamId), CultureInfo.InvariantCulture, out var team) ? team : null;
        Guid? session = Guid.TryParse(user.FindFirstValue(StaffClaims.Session), out var id) ? id : null;
        var displayName = user.FindFirstValue(StaffClaims.DisplayName) ?? user.Identity.Name ?? "Staff member";
        return new SignedInStaff(staffId, displayName, role.Value, teamId, session);
    }
}
