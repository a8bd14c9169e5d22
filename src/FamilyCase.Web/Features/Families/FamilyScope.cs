using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Authentication;
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
    public const string NoLongerAllowed = "You can no longer change this family file: it may have been reassigned, or your emergency access has ended. Your text is still here; copy it if you need it.";

    /// <summary>Refuses, and audits the refusal, when the person may not change this family's records.</summary>
    public static async Task EnsureCanEditAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (FamilyAccessPolicy.MayEdit(staff.Role)
            && await db.Families.VisibleTo(staff.Scope, nowUtc).AnyAsync(f => f.Id == familyId, cancellationToken))
        {
            return;
        }

        throw await RefusalAsync(db, staff, familyId, nowUtc, cancellationToken);
    }

    /// <summary>Audits a refused change to a family's records and returns the exception to throw.</summary>
    public static async Task<FamilyAccessDeniedException> RefusalAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = nowUtc,
            ActorStaffId = staff.StaffId,
            ActorName = staff.DisplayName,
            Action = AuditAction.AccessRefused,
            RecordType = "Family",
            RecordId = familyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FamilyId = await db.Families.AnyAsync(f => f.Id == familyId, cancellationToken) ? familyId : null,
            Detail = "Change refused",
        });
        await db.SaveChangesAsync(cancellationToken);
        return new FamilyAccessDeniedException(familyId);
    }
}
