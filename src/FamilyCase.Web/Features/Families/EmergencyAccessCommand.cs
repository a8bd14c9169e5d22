using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

/// <summary>Grants a caseworker time-limited access to a family outside their caseload; the grant itself is the audit record's subject.</summary>
public sealed class EmergencyAccessCommand(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    public const int MinimumReasonLength = 10;

    public async Task GrantAsync(SignedInStaff staff, int familyId, string reason, CancellationToken cancellationToken)
    {
        if (staff.Role != StaffRole.Caseworker)
        {
            throw new FamilyAccessDeniedException(familyId);
        }

        if (reason.Trim().Length < MinimumReasonLength)
        {
            throw new ArgumentException($"A reason of at least {MinimumReasonLength} characters is needed.", nameof(reason));
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Families.AnyAsync(f => f.Id == familyId, cancellationToken))
        {
            throw new FamilyAccessDeniedException(familyId);
        }

        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        db.EmergencyAccesses.Add(EmergencyAccess.Grant(familyId, staff.StaffId, reason, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }
}
