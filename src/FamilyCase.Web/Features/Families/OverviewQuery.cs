using FamilyCase.Web.Features.Shared;
using FamilyCase.Domain.Time;
using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Families;

/// <summary>What the Overview tab draws: the ecomap from what has been recorded so far.</summary>
public sealed class OverviewQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time)
{
    public async Task<Ecomap> EcomapAsync(SignedInStaff staff, FamilyFile file, IReadOnlyList<AssignmentRow> assignments, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var consents = await db.Families.AsNoTracking().Where(f => f.Id == file.Header.Id)
            .ConsentsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .Where(c => c.Scope == ConsentScope.ShareWithPolice || c.Scope == ConsentScope.ShareWithCourt)
            .ToListAsync(cancellationToken);
        var today = time.Today(clock);
        var members = file.Members.Select(m =>
        {
            var own = consents.Where(c => c.FamilyMemberId == m.Id).ToList();
            return new EcomapMember(m.Id, m.PreferredName ?? m.FirstName, m.RegisteredWithVictimServices, m.RecognisedAsVictim, m.CulturalSupports,
                ConsentRecord.StateOf(own, ConsentScope.ShareWithPolice, today), ConsentRecord.StateOf(own, ConsentScope.ShareWithCourt, today));
        }).ToList();
        var active = assignments.Where(a => a.EndedAtUtc is null).ToList();
        var workers = active.Where(a => a.Kind != AssignmentKind.CourtSupport).Select(a => a.Staff).Distinct().ToList();
        return EcomapBuilder.Build(members, workers, active.Any(a => a.Kind == AssignmentKind.CourtSupport));
    }
}
