using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Administration;

public sealed record TeamOption(int Id, string Name);

/// <summary>What an administrator changes about a person: their role, their team, whether they may sign in.</summary>
public sealed class StaffForm
{
    public StaffRole Role { get; set; }
    public int? TeamId { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Everyone who works with families belongs to a team; administrators need none.</summary>
    public string? TeamProblem => FamilyAccessPolicy.SeesCaseContent(Role) && TeamId is null ? "Please choose a team: everyone who works with families belongs to one." : null;
}

/// <summary>
/// Changes to staff accounts by an administrator. Deactivating a person, or changing their role or team, ends every session
/// they have open at once (on this server; on others at their next check), so their access changes with the record.
/// </summary>
public sealed class StaffCommands(IDbContextFactory<FamilyCaseDb> factory, StaffSessions sessions, AuditTrail audit, IServiceProvider services)
{
    public async Task<IReadOnlyList<TeamOption>> TeamsAsync(SignedInStaff administrator, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAdministerStaff(administrator.Role))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new TeamOption(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    public async Task<StaffForm?> LoadAsync(SignedInStaff administrator, int staffId, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAdministerStaff(administrator.Role))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Where(s => s.Id == staffId)
            .Select(s => new StaffForm { Role = s.Role, TeamId = s.TeamId, IsActive = s.IsActive }).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff administrator, int staffId, StaffForm form, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayAdministerStaff(administrator.Role))
        {
            return SaveOutcome.Refused("Only an administrator can change staff accounts.");
        }

        if (form.TeamProblem is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        if (staffId == administrator.StaffId && (!form.IsActive || form.Role != administrator.Role))
        {
            return SaveOutcome.Refused("You cannot deactivate yourself or change your own role; please ask another administrator.");
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.SingleOrDefaultAsync(s => s.Id == staffId, cancellationToken);
        if (staff is null)
        {
            return SaveOutcome.Refused("This person is no longer in the staff list.");
        }

        if (form.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return SaveOutcome.Refused("That team no longer exists.");
        }

        var changes = new List<string>();
        if (staff.Role != form.Role) changes.Add($"role {staff.Role} to {form.Role}");
        if (staff.TeamId != form.TeamId) changes.Add($"team {staff.TeamId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} to {form.TeamId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        if (staff.IsActive != form.IsActive) changes.Add(form.IsActive ? "reactivated" : "deactivated");
        if (changes.Count == 0)
        {
            return SaveOutcome.Done(staffId, 0);
        }

        var ending = staff.IsActive && !form.IsActive ? SessionEnd.Deactivated : SessionEnd.AccountChanged;
        staff.Role = form.Role;
        staff.TeamId = FamilyAccessPolicy.SeesCaseContent(form.Role) ? form.TeamId : null;
        staff.IsActive = form.IsActive;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditAction.Change, administrator.DisplayName, administrator.StaffId, "Staff",
            staffId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "Changed: " + string.Join(", ", changes)), cancellationToken);
        await sessions.EndAllAsync(staffId, ending, cancellationToken);
        if (services.GetService<UserManager<ApplicationUser>>() is { } users
            && await users.Users.SingleOrDefaultAsync(u => u.StaffMemberId == staffId, cancellationToken) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return SaveOutcome.Done(staffId, 0);
    }
}
