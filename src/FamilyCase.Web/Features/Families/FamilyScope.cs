using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

/// <summary>Raised when someone asks for a family outside what the access policy lets them see.</summary>
public sealed class FamilyAccessDeniedException(int familyId) : Exception($"No access to family {familyId}.")
{
    public int FamilyId { get; } = familyId;
}

/// <summary>Checks, inside a command, that the person may see and change the family before anything is written.</summary>
public static class FamilyScope
{
    public static async Task EnsureCanEditAsync(FamilyCaseDb db, StaffScope scope, int familyId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayEdit(scope.Role)
            || !await db.Families.VisibleTo(scope, nowUtc).AnyAsync(f => f.Id == familyId, cancellationToken))
        {
            throw new FamilyAccessDeniedException(familyId);
        }
    }
}
