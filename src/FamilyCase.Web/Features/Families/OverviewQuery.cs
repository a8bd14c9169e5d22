using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

/// <summary>What the Overview tab draws: the ecomap from what has been recorded so far, read through the access policy.</summary>
public sealed class OverviewQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time)
{
    public async Task<Ecomap?> EcomapAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var members = await family.MembersVisibleTo(staff.Scope, now)
            .OrderBy(m => m.Role).ThenBy(m => m.DateOfBirth).ThenBy(m => m.Id)
            .Select(m => new { m.Id, Name = m.PreferredName ?? m.FirstName, m.RegisteredWithVictimServices, m.RecognisedAsVictim, m.CulturalSupports })
            .ToListAsync(cancellationToken);
        if (members.Count == 0)
        {
            return null;
        }

        var consents = await family.ConsentsVisibleTo(staff.Scope, now)
            .Where(c => c.Scope == ConsentScope.ShareWithPolice || c.Scope == ConsentScope.ShareWithCourt)
            .ToListAsync(cancellationToken);
        var active = await family.AssignmentsVisibleTo(staff.Scope, now).Where(a => a.EndedAtUtc == null)
            .Select(a => new { a.Kind, a.StaffMember!.DisplayName }).ToListAsync(cancellationToken);
        var today = time.Today(clock);
        var nodes = members.Select(m =>
        {
            var own = consents.Where(c => c.FamilyMemberId == m.Id).ToList();
            return new EcomapMember(m.Id, m.Name, m.RegisteredWithVictimServices, m.RecognisedAsVictim, m.CulturalSupports,
                ConsentRecord.StateOf(own, ConsentScope.ShareWithPolice, today), ConsentRecord.StateOf(own, ConsentScope.ShareWithCourt, today));
        }).ToList();
        var workers = active.Where(a => a.Kind != AssignmentKind.CourtSupport).Select(a => a.DisplayName).Distinct().ToList();
        return EcomapBuilder.Build(nodes, workers, active.Any(a => a.Kind == AssignmentKind.CourtSupport));
    }
}
