using System.Security.Claims;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Links an Entra ID sign-in to a FamilyCase staff record (by object id, then by email, else a new record),
/// keeps that record's role in step with the token, and replaces the token's app roles with the FamilyCase role.
/// </summary>
public sealed class EntraStaffLinker(IDbContextFactory<FamilyCaseDb> dbFactory, AuthenticationSettings settings, StaffSessions sessions, AuditTrail audit, ColumnLimits limits)
{
    public const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string ShortObjectIdClaim = "oid";
    public const string RolesClaim = "roles";

    /// <summary>Returns false when the token carries no role that FamilyCase knows; the sign-in must then be refused.</summary>
    public async Task<bool> LinkAsync(ClaimsIdentity identity, CancellationToken cancellationToken = default)
    {
        var objectId = identity.FindFirst(ObjectIdClaim)?.Value ?? identity.FindFirst(ShortObjectIdClaim)?.Value;
        var roleClaims = identity.Claims.Where(c => c.Type == RolesClaim || c.Type == identity.RoleClaimType).ToList();
        var role = EntraRoleMapper.Map(roleClaims.Select(c => c.Value), settings.EntraRoleMap);
        var name = identity.FindFirst("name")?.Value ?? identity.Name ?? "Entra ID user";
        if (objectId is null || role is null)
        {
            await audit.RecordAsync(new AuditEntry(AuditAction.SignInFailed, name, Detail: "Entra ID sign-in without a FamilyCase role"), cancellationToken);
            return false;
        }

        var staff = await FindOrCreateStaffAsync(identity, objectId, name, role.Value, cancellationToken);
        if (!staff.IsActive)
        {
            await audit.RecordAsync(new AuditEntry(AuditAction.SignInFailed, staff.DisplayName, staff.Id, Detail: "Staff record is inactive"), cancellationToken);
            return false;
        }

        foreach (var claim in roleClaims)
        {
            identity.TryRemoveClaim(claim);
        }

        StaffClaimsBuilder.AddStaffClaims(identity, staff);
        identity.AddClaims(StaffClaimsBuilder.Session(await sessions.StartAsync(staff.Id, cancellationToken)));
        await audit.RecordAsync(new AuditEntry(AuditAction.SignIn, staff.DisplayName, staff.Id, Detail: "Entra ID"), cancellationToken);
        return true;
    }

    private async Task<StaffMember> FindOrCreateStaffAsync(ClaimsIdentity identity, string objectId, string name, StaffRole role, CancellationToken cancellationToken)
    {
        var email = identity.FindFirst("preferred_username")?.Value ?? identity.FindFirst(ClaimTypes.Email)?.Value ?? $"{objectId}@entra.invalid";

        // The directory's values are not ours to refuse: a name or address longer than its column is shortened, not a failed sign-in.
        name = Fit(name, limits.Of<StaffMember>(s => s.DisplayName));
        email = Fit(email, limits.Of<StaffMember>(s => s.Email));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.ExternalObjectId == objectId, cancellationToken)
            ?? await db.Staff.SingleOrDefaultAsync(s => s.ExternalObjectId == null && s.Email == email, cancellationToken);
        if (staff is null)
        {
            staff = new StaffMember { DisplayName = name, Email = email };
            db.Staff.Add(staff);
        }

        staff.ExternalObjectId = objectId;
        staff.Role = role;
        await db.SaveChangesAsync(cancellationToken);
        return staff;
    }

    private static string Fit(string text, int limit) => text.Length <= limit ? text : text[..limit];
}
