using FamilyCase.Data;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Supervision;

public sealed record EmergencyAccessRow(int FamilyId, string FileNumber, string Family, string Staff, string Reason, DateTime StartedAtUtc, DateTime ExpiresAtUtc);

/// <summary>Emergency access to the supervisor's team's families in the last two weeks, newest first.</summary>
public sealed class EmergencyAccessQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(14);

    public async Task<IReadOnlyList<EmergencyAccessRow>> ExecuteAsync(SignedInStaff supervisor, CancellationToken cancellationToken)
    {
        if (supervisor is not { Role: StaffRole.Supervisor, TeamId: { } teamId })
        {
            return [];
        }

        var since = clock.GetUtcNow().UtcDateTime - Window;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.EmergencyAccesses.AsNoTracking()
            .Where(e => e.Family!.TeamId == teamId && e.StartedAtUtc >= since)
            .OrderByDescending(e => e.StartedAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new EmergencyAccessRow(e.FamilyId, e.Family!.FileNumber, e.Family.DisplayName, e.StaffMember!.DisplayName, e.Reason, e.StartedAtUtc, e.ExpiresAtUtc))
            .ToListAsync(cancellationToken);
    }
}
