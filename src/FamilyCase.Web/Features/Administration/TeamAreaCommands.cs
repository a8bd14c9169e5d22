using System.Globalization;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Administration;

public sealed record TeamAreaRow(int Id, string Name, string? Office, string? Area);

/// <summary>
/// The area each team serves, which the referral report matches against programs' catchments. Administrators set it; each change
/// is audited.
/// </summary>
public sealed class TeamAreaCommands(IDbContextFactory<FamilyCaseDb> factory, AuditTrail audit, DirectorySettings settings)
{
    public IReadOnlyList<string> Areas => settings.Areas;

    public async Task<IReadOnlyList<TeamAreaRow>> TeamsAsync(SignedInStaff administrator, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAdministerStaff(administrator.Role))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new TeamAreaRow(t.Id, t.Name, t.Office, t.Area)).ToListAsync(cancellationToken);
    }

    public async Task<SaveOutcome> SetAreaAsync(SignedInStaff administrator, int teamId, string? area, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAdministerStaff(administrator.Role))
        {
            await audit.RecordAsync(new AuditEntry(AuditAction.AccessRefused, administrator.DisplayName, administrator.StaffId, "Team", teamId.ToString(CultureInfo.InvariantCulture), null, "Change refused"), cancellationToken);
            return SaveOutcome.Refused("Only an administrator can change a team's area.");
        }

        var chosen = TextRules.Clean(area);
        if (chosen is not null && !settings.Areas.Contains(chosen, StringComparer.OrdinalIgnoreCase))
        {
            return SaveOutcome.Refused($"'{chosen}' is not one of the agency's areas.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, cancellationToken);
        if (team is null)
        {
            return SaveOutcome.Refused("That team no longer exists.");
        }

        var before = team.Area;
        team.Area = chosen is null ? null : settings.Areas.First(a => string.Equals(a, chosen, StringComparison.OrdinalIgnoreCase));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditAction.Change, administrator.DisplayName, administrator.StaffId, "Team", teamId.ToString(CultureInfo.InvariantCulture), null,
            $"Changed area {before ?? "not set"} to {team.Area ?? "not set"}"), cancellationToken);
        return SaveOutcome.Done(team.Id, 0);
    }
}
