using System.Security.Claims;
using FamilyCase.Data;
using FamilyCase.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyCase.Web.Authentication;

/// <summary>Puts the staff member's role and team on a local account's cookie; the role lives on the staff record only.</summary>
public sealed class LocalStaffClaimsFactory(
    UserManager<ApplicationUser> userManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<FamilyCaseDb> dbFactory)
    : UserClaimsPrincipalFactory<ApplicationUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffMemberId);
        StaffClaimsBuilder.AddStaffClaims(identity, staff);
        return identity;
    }
}
