using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Web.Authentication;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Administration;

public sealed record StaffRow(int Id, string DisplayName, string Email, StaffRole Role, string? Team, bool IsActive, bool HasLocalAccount, DateTimeOffset? LockedUntil);

public sealed class StaffListQuery(IDbContextFactory<FamilyCaseDb> factory)
{
    public async Task<IReadOnlyList<StaffRow>> ExecuteAsync(SignedInStaff administrator, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAdministerStaff(administrator.Role))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking()
            .OrderBy(s => s.DisplayName).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.DisplayName, s.Email, s.Role, Team = s.Team!.Name, s.IsActive })
            .ToListAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .Select(u => new { u.StaffMemberId, u.LockoutEnd })
            .ToDictionaryAsync(u => u.StaffMemberId, u => u.LockoutEnd, cancellationToken);
        return staff.Select(s => new StaffRow(
            s.Id, s.DisplayName, s.Email, s.Role, s.Team, s.IsActive,
            accounts.ContainsKey(s.Id),
            accounts.GetValueOrDefault(s.Id) is { } end && end > DateTimeOffset.UtcNow ? end : null)).ToList();
    }
}
