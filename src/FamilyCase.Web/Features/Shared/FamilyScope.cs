using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Shared;

/// <summary>Raised when someone asks for a family outside what the access policy lets them see.</summary>
public sealed class FamilyAccessDeniedException(int familyId) : Exception($"No access to family {familyId}.")
{
    public int FamilyId { get; } = familyId;
}

/// <summary>Checks, inside a command, that the person may see and change the family before anything is written.</summary>
public static class FamilyScope
{
    public const string NoLongerAllowed = "You can no longer change this family file: it may have been reassigned, your emergency access has ended, or your account changed. Your text is still here; copy it if you need it.";

    /// <summary>
    /// Refuses, and audits the refusal, when the person may not change this family's records. Their role, team and active
    /// status are read from the database here, so a change is never allowed on the strength of the sign-in cookie alone.
    /// </summary>
    public static Task EnsureCanEditAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, DateTime nowUtc, CancellationToken cancellationToken) =>
        EnsureAllowedAsync(db, staff, familyId, FamilyAccessPolicy.MayEdit(staff.Role), nowUtc, cancellationToken);

    /// <summary>As <see cref="EnsureCanEditAsync"/>, for what court-support staff may record too (<see cref="FamilyAccessPolicy.MayRecordCourtDay"/>).</summary>
    public static Task EnsureCanRecordCourtDayAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, DateTime nowUtc, CancellationToken cancellationToken) =>
        EnsureAllowedAsync(db, staff, familyId, FamilyAccessPolicy.MayRecordCourtDay(staff.Role), nowUtc, cancellationToken);

    private static async Task EnsureAllowedAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, bool permitted, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (permitted
            && await IsCurrentAsync(db, staff, cancellationToken)
            && await db.Families.VisibleTo(staff.Scope, nowUtc).AnyAsync(f => f.Id == familyId, cancellationToken))
        {
            return;
        }

        throw await RefusalAsync(db, staff, "Family", familyId, nowUtc, cancellationToken);
    }

    /// <summary>Whether the family is one the person may see: screens record a view only of what they were allowed to see.</summary>
    public static Task<bool> IsVisibleAsync(FamilyCaseDb db, SignedInStaff staff, int familyId, DateTime nowUtc, CancellationToken cancellationToken) =>
        db.Families.VisibleTo(staff.Scope, nowUtc).AnyAsync(f => f.Id == familyId, cancellationToken);

    /// <summary>Whether the staff record still has the role and team the person signed in with, and is active.</summary>
    public static Task<bool> IsCurrentAsync(FamilyCaseDb db, SignedInStaff staff, CancellationToken cancellationToken) =>
        db.Staff.AnyAsync(s => s.Id == staff.StaffId && s.IsActive && s.Role == staff.Role && s.TeamId == staff.TeamId, cancellationToken);

    /// <summary>
    /// Audits a refused change and returns the exception to throw. The refusal names the record asked for but is never filed
    /// under a family, so nobody can write into a family's audit trail by guessing its number.
    /// </summary>
    public static async Task<FamilyAccessDeniedException> RefusalAsync(FamilyCaseDb db, SignedInStaff staff, string recordType, int recordId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        db.AuditEvents.Add(Refused(staff, recordType, recordId, "Change refused", nowUtc));
        await db.SaveChangesAsync(cancellationToken);
        return new FamilyAccessDeniedException(recordId);
    }

    /// <summary>An access-refused event for a record the person asked for, outside any family's trail.</summary>
    public static AuditEvent Refused(SignedInStaff staff, string recordType, int recordId, string detail, DateTime nowUtc) => new()
    {
        OccurredAtUtc = nowUtc,
        ActorStaffId = staff.StaffId,
        ActorName = staff.DisplayName,
        Action = AuditAction.AccessRefused,
        RecordType = recordType,
        RecordId = recordId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Detail = detail,
    };
}
