using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
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
        return EcomapBuilder.Build(nodes, workers, active.Any(a => a.Kind == AssignmentKind.CourtSupport), await PlaceTiesAsync(family, staff, now, nodes, cancellationToken));
    }

    // A member's latest contact with each police service says how that tie feels; a court is tied to those who go there.
    private static async Task<IReadOnlyList<PlaceTie>> PlaceTiesAsync(IQueryable<Family> family, SignedInStaff staff, DateTime now, IReadOnlyList<EcomapMember> members, CancellationToken cancellationToken)
    {
        var names = members.ToDictionary(m => m.Id, m => m.Name);
        var police = await family.PoliceContactsVisibleTo(staff.Scope, now)
            .Select(p => new { p.FamilyMemberId, p.PoliceService, p.OccurredOn, p.Id, p.Experience }).ToListAsync(cancellationToken);
        var courts = (await family.CourtEventsVisibleTo(staff.Scope, now)
                .Select(e => new { e.Courthouse, Attendees = e.Attendances.Select(a => new { a.FamilyMemberId, a.AccompaniedByStaffId }).ToList() }).ToListAsync(cancellationToken))
            .SelectMany(e => e.Attendees.Select(a => new { a.FamilyMemberId, e.Courthouse, a.AccompaniedByStaffId }));
        var ties = police
            .GroupBy(p => (p.FamilyMemberId, Service: p.PoliceService.Trim().ToUpperInvariant()))
            .Select(g => g.OrderByDescending(p => p.OccurredOn).ThenByDescending(p => p.Id).First())
            .Where(p => names.ContainsKey(p.FamilyMemberId))
            .Select(p => new PlaceTie(p.FamilyMemberId, SupportKind.Police, p.PoliceService, p.Experience switch
                {
                    PoliceExperience.Supported => TieStrength.Strong,
                    PoliceExperience.NotSupported => TieStrength.Strained,
                    _ => TieStrength.Neutral,
                },
                p.Experience switch
                {
                    PoliceExperience.Supported => $"{names[p.FamilyMemberId]} felt supported by {p.PoliceService}",
                    PoliceExperience.NotSupported => $"{names[p.FamilyMemberId]} did not feel supported by {p.PoliceService}",
                    _ => $"{names[p.FamilyMemberId]} has had contact with {p.PoliceService}",
                }))
            .ToList();
        ties.AddRange(courts
            .GroupBy(c => (c.FamilyMemberId, House: c.Courthouse.Trim().ToUpperInvariant()))
            .Where(g => names.ContainsKey(g.Key.FamilyMemberId))
            .Select(g => g.All(c => c.AccompaniedByStaffId is not null)
                ? new PlaceTie(g.Key.FamilyMemberId, SupportKind.Court, g.First().Courthouse, TieStrength.Strong, $"{names[g.Key.FamilyMemberId]} goes to {g.First().Courthouse} with someone from the agency")
                : new PlaceTie(g.Key.FamilyMemberId, SupportKind.Court, g.First().Courthouse, TieStrength.Neutral, $"{names[g.Key.FamilyMemberId]} has court dates at {g.First().Courthouse} without anyone from the agency yet")));

        // Each program a person is referred to, as its latest referral stands: waiting, receiving the service, or ended.
        var referrals = await family.ReferralsVisibleTo(staff.Scope, now)
            .Select(r => new { r.Id, r.FamilyMemberId, Service = r.Program != null ? r.Program.Name : r.OutsideService, r.Status, r.ReferredOn }).ToListAsync(cancellationToken);
        ties.AddRange(referrals
            .Where(r => r.Service is not null && names.ContainsKey(r.FamilyMemberId))
            .GroupBy(r => (r.FamilyMemberId, Service: r.Service!.Trim().ToUpperInvariant()))
            .Select(g => g.OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.Id).First())
            .Select(r => ReferralStatuses.TieOf(r.Status) switch
            {
                ReferralTie.Active => new PlaceTie(r.FamilyMemberId, SupportKind.Service, r.Service!, TieStrength.Strong, $"{names[r.FamilyMemberId]} is receiving {r.Service}"),
                ReferralTie.Waiting => new PlaceTie(r.FamilyMemberId, SupportKind.Service, r.Service!, TieStrength.Tentative, $"{names[r.FamilyMemberId]} is waiting for {r.Service}"),
                _ => new PlaceTie(r.FamilyMemberId, SupportKind.Service, r.Service!, TieStrength.Ended, $"{names[r.FamilyMemberId]}'s referral to {r.Service} has ended"),
            }));
        return ties;
    }
}
