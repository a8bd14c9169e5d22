using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Justice;

/// <summary>A family's Justice tab: proceedings with their charges, bans and court dates (with who attends and their accommodations).</summary>
public sealed class JusticeTabQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, ApplicationDeadlines deadlines, AuditTrail audit)
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
                Conditions = p.Conditions.OrderBy(c => c.Id).Select(c => new ConditionRow(c.Kind, c.MadeOn, c.EndsOn, c.Wording, c.Protects)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var events = await family.CourtEventsVisibleTo(staff.Scope, now)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.ProceedingId, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual, e.Outcome,
                Attendees = e.Attendances.OrderBy(a => a.Id).Select(a => new { a.FamilyMemberId, a.Role, a.AccompaniedByStaffId, a.TransportArranged, a.ChildcareArranged }).ToList(),
                Aids = e.Accommodations.OrderBy(a => a.Id).Select(a => new { a.FamilyMemberId, a.Kind, a.Status, a.RequestedOn, a.StatusOn, a.SupportPersonMemberId, a.Note }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var names = await MemberNames.LoadAsync(family.MembersVisibleTo(staff.Scope, now), cancellationToken);
        string Name(int memberId) => names.GetValueOrDefault(memberId, "someone no longer in the file");
        var staffNames = await StaffNames.LoadAsync(db, events.SelectMany(e => e.Attendees).Select(a => a.AccompaniedByStaffId).OfType<int>(), cancellationToken);

        var testifying = events.SelectMany(e => e.Attendees.Where(a => AttendanceRoles.Testifies(a.Role)).Select(a => (e.ProceedingId, a.FamilyMemberId)))
            .GroupBy(w => w.ProceedingId).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(w => w.FamilyMemberId).ToHashSet());
        var rows = proceedings.Select(p => new ProceedingRow(
            p.Id, p.Kind, p.Court, p.CourtLocation, p.CourtFileNumber, p.AccusedLabel, p.CrownContact, p.VictimWitnessContact, p.PoliceService, p.PoliceOfficer,
            p.OpenedOn, p.Status, p.StatusOn, p.Outcome, p.Charges, p.Bans,
            events.Where(e => e.ProceedingId == p.Id).Select(e => new CourtEventRow(
                e.Id, e.ProceedingId, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual, e.Outcome,
                e.Attendees.Select(a => new AttendeeRow(a.FamilyMemberId, Name(a.FamilyMemberId), a.Role, a.AccompaniedByStaffId,
                    a.AccompaniedByStaffId is { } with ? staffNames.GetValueOrDefault(with) : null, a.TransportArranged, a.ChildcareArranged)).ToList(),
                e.Aids.Select(a => new AidRow(a.FamilyMemberId, Name(a.FamilyMemberId), a.Kind, a.Status, a.RequestedOn, a.StatusOn,
                    a.SupportPersonMemberId is { } support ? Name(support) : null, a.Note)).ToList(),
                SupportPersonWarnings.For(
                    e.Aids.Where(a => a.SupportPersonMemberId is not null).Select(a => (a.FamilyMemberId, a.SupportPersonMemberId!.Value, Name(a.FamilyMemberId), Name(a.SupportPersonMemberId!.Value))),
                    testifying.GetValueOrDefault(p.Id) ?? new HashSet<int>()))).ToList()) { Conditions = p.Conditions }).ToList();

        var today = time.Today(clock);
        var statements = (await family.StatementsVisibleTo(staff.Scope, now).OrderBy(x => x.Id).ToListAsync(cancellationToken))
            .Select(x => new StatementRow(x.Id, x.ProceedingId, x.FamilyMemberId, Name(x.FamilyMemberId), x.Status, x.Format, x.StatusOn, x.Note)).ToList();
        var police = (await family.PoliceContactsVisibleTo(staff.Scope, now).OrderByDescending(x => x.OccurredOn).ThenByDescending(x => x.Id).ToListAsync(cancellationToken))
            .Select(x => new PoliceContactRow(x.Id, Name(x.FamilyMemberId), x.OccurredOn, x.PoliceService, x.Officer, x.Purpose, x.Experience, x.InTheirWords, x.FollowUp)).ToList();
        var information = (await family.InformationGivenVisibleTo(staff.Scope, now).OrderByDescending(x => x.GivenOn).ThenByDescending(x => x.Id)
                .Select(x => new { x.Id, x.FamilyMemberId, x.Topic, x.GivenOn, GivenBy = x.GivenBy!.DisplayName, x.Method, x.Note }).ToListAsync(cancellationToken))
            .Select(x => new InformationRow(x.Id, Name(x.FamilyMemberId), x.Topic, x.GivenOn, x.GivenBy, x.Method, x.Note)).ToList();
        var interviews = (await family.InterviewsVisibleTo(staff.Scope, now).OrderByDescending(x => x.On).ThenByDescending(x => x.Id).ToListAsync(cancellationToken))
            .Select(x => new InterviewRow(x.Id, x.FamilyMemberId, Name(x.FamilyMemberId), x.Kind, x.Status, x.On, x.ConductedBy, x.Recorded, x.RecordingHeldBy, x.WhyNeeded)).ToList();
        var applications = (await family.ApplicationsVisibleTo(staff.Scope, now).OrderBy(x => x.DueOn == null).ThenBy(x => x.DueOn).ThenBy(x => x.Id).ToListAsync(cancellationToken))
            .Select(x => new ApplicationRow(x.Id, Name(x.FamilyMemberId), x.Kind, x.CrimeDate, x.DueOn, x.Status, x.StatusOn, x.Outcome,
                x.IsPending ? deadlines.StateOn(x.DueOn, today) : DeadlineState.None)).ToList();

        if (await FamilyScope.IsVisibleAsync(db, staff, familyId, now, cancellationToken))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", familyId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId,
                $"Justice tab: {rows.Count} proceedings, {events.Count} court dates, {statements.Count} statements, {police.Count} police contacts, {information.Count} information given, {interviews.Count} interviews, {applications.Count} applications"), cancellationToken);
        }

        return new JusticeView(rows, statements, police, information, interviews, applications);
    }
}
