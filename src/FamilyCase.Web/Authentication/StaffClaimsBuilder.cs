using System.Globalization;
using System.Security.Claims;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Web.Authentication;

internal static class StaffClaimsBuilder
{
    public static void AddStaffClaims(ClaimsIdentity identity, StaffMember staff)
    {
        identity.AddClaim(new Claim(StaffClaims.StaffId, staff.Id.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, staff.DisplayName));
        identity.AddClaim(new Claim(identity.RoleClaimType, staff.Role.ToString()));
        if (staff.TeamId is { } teamId)
        {
            identity.AddClaim(new Claim(StaffClaims.TeamId, teamId.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public static Claim[] Session(StartedSession session) =>
    [
        new(StaffClaims.Session, session.Id.ToString("D")),
        new(StaffClaims.SessionStarted, session.StartedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)),
    ];
}
