using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Justice;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Justice;

/// <summary>A family's Justice tab: proceedings with their charges, bans and court dates (with who attends and their accommodations).</summary>
public sealed class JusticeTabQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AuditTrail audit)
{
    public async Task<JusticeView> ExecuteAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var proceedings = await family.ProceedingsVisibleTo(staff.Scope, now)
            .OrderBy(p => p.Status == ProceedingStatus.Open ? 0 : 1).ThenByDescending(p => p.OpenedOn).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Kind, p.Court, p.CourtLocation, p.CourtFileNumber, p.AccusedLabel, p.CrownContact, p.VictimWitnessContact, p.PoliceService, p.PoliceOfficer,
                p.OpenedOn, p.Status, p.StatusOn, p.Outcome,
                Charges = p.Charges.OrderBy(c => c.Id).Select(c => new ChargeRow(c.Section, c.Wording)).ToList(),
                Bans = p.PublicationBans.OrderBy(b => b.Id).Select(b => new BanRow(b.Section, b.MadeOn, b.Scope, b.Protects)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var events = await family.CourtEventsVisibleTo(staff.Scope, now)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.ProceedingId, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual, e.Outcome,
                Attendees = e.Attendances.OrderBy(a => a.Id).Select(a => new { a.FamilyMemberId, a.Role, a.AccompaniedByStaffId, Staff = a.AccompaniedBy!.DisplayName, a.TransportArranged, a.ChildcareArranged }).ToList(),
                Aids = e.Accommodations.OrderBy(a => a.Id).Select(a => new { a.FamilyMemberId, a.Kind, a.Status, a.RequestedOn, a.StatusOn, a.SupportPersonMemberId, a.Note }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var names = await MemberNames.LoadAsync(family.MembersVisibleTo(staff.Scope, now), cancellationToken);
        string Name(int memberId) => names.GetValueOrDefault(memberId, "someone no longer in the file");

        var testifying = events.SelectMany(e => e.Attendees.Where(a => AttendanceRoles.Testifies(a.Role)).Select(a => (e.ProceedingId, a.FamilyMemberId)))
            .GroupBy(w => w.ProceedingId).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(w => w.FamilyMemberId).ToHashSet());
        var rows = proceedings.Select(p => new ProceedingRow(
            p.Id, p.Kind, p.Court, p.CourtLocation, p.CourtFileNumber, p.AccusedLabel, p.CrownContact, p.VictimWitnessContact, p.PoliceService, p.PoliceOfficer,
            p.OpenedOn, p.Status, p.StatusOn, p.Outcome, p.Charges, p.Bans,
            events.Where(e => e.ProceedingId == p.Id).Select(e => new CourtEventRow(
                e.Id, e.ProceedingId, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual, e.Outcome,
                e.Attendees.Select(a => new AttendeeRow(a.FamilyMemberId, Name(a.FamilyMemberId), a.Role, a.AccompaniedByStaffId, a.Staff, a.TransportArranged, a.ChildcareArranged)).ToList(),
                e.Aids.Select(a => new AidRow(a.FamilyMemberId, Name(a.FamilyMemberId), a.Kind, a.Status, a.RequestedOn, a.StatusOn,
                    a.SupportPersonMemberId is { } support ? Name(support) : null, a.Note)).ToList(),
                SupportPersonWarnings.For(
                    e.Aids.Where(a => a.SupportPersonMemberId is not null).Select(a => (a.FamilyMemberId, a.SupportPersonMemberId!.Value, Name(a.FamilyMemberId), Name(a.SupportPersonMemberId!.Value))),
                    testifying.GetValueOrDefault(p.Id) ?? new HashSet<int>()))).ToList())).ToList();

        if (await FamilyScope.IsVisibleAsync(db, staff, familyId, now, cancellationToken))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", familyId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId,
                $"Justice tab: {rows.Count} proceedings, {events.Count} court dates"), cancellationToken);
        }

        return new JusticeView(rows);
    }
}
