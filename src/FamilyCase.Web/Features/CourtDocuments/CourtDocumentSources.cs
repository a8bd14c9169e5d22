using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Reports.Composition;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>
/// Reads everything one court document is made from, in one go, through the access policy's entry points. It is read again at
/// the moment of generation, so a consent withdrawn or a ban added after a preview is what the file reflects.
/// </summary>
public sealed class CourtDocumentSources(TimeProvider clock, AgencyTime time, CourtDocumentSettings settings)
{
    public const int MostPeople = 12;

    /// <summary>The source, or why there is none; null and null when the event is not one the person may see.</summary>
    internal async Task<(CourtDocumentSource? Source, string? Problem)> LoadAsync(FamilyCaseDb db, SignedInStaff staff, CourtDocumentRequest request,
        string preparedBy, DateTime preparedAtUtc, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayGenerateCourtDocuments(staff.Role))
        {
            return (null, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var families = db.Families.AsNoTracking();
        var courtEvent = await families.CourtEventsVisibleTo(staff.Scope, now).Where(e => e.Id == request.CourtEventId)
            .Include(e => e.Attendances).Include(e => e.Accommodations).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (courtEvent is null)
        {
            return (null, null);
        }

        if (Problem(request) is { } problem)
        {
            return (null, problem);
        }

        var familyId = courtEvent.FamilyId;
        var family = await families.VisibleTo(staff.Scope, now).Where(f => f.Id == familyId)
            .Include(f => f.Members).ThenInclude(m => m.Consents).AsSplitQuery().SingleAsync(cancellationToken);
        if (request.MemberIds.Any(id => family.Members.All(m => m.Id != id)))
        {
            return (null, "One of the people chosen is not in this family's file. Please choose again.");
        }

        if (!family.Members.Any(m => request.MemberIds.Contains(m.Id) && DocumentEligibility.MayBeFor(m)))
        {
            return (null, "Please choose at least one person the document is for. The identified child has no document of their own.");
        }

        // Only the people the document may be for are read: never the identified child's own records, never twice.
        var ids = family.Members.Where(m => request.MemberIds.Contains(m.Id) && DocumentEligibility.MayBeFor(m)).Select(m => m.Id).Order().ToList();
        var proceeding = await families.ProceedingsVisibleTo(staff.Scope, now).Where(p => p.Id == courtEvent.ProceedingId)
            .Include(p => p.PublicationBans).Include(p => p.Conditions).AsSplitQuery().SingleAsync(cancellationToken);
        var statements = await families.StatementsVisibleTo(staff.Scope, now)
            .Where(s => s.ProceedingId == proceeding.Id && ids.Contains(s.FamilyMemberId)).ToListAsync(cancellationToken);
        var applications = await families.ApplicationsVisibleTo(staff.Scope, now)
            .Where(a => a.FamilyId == familyId && ids.Contains(a.FamilyMemberId)).ToListAsync(cancellationToken);
        var referrals = (await families.ReferralsForCourtDocuments(staff.Scope, now)
                .Where(r => r.FamilyId == familyId && ids.Contains(r.FamilyMemberId))
                .OrderBy(r => r.Id)
                .Select(r => new { r.FamilyMemberId, Program = r.Program!.Name, Organisation = r.Program.Organisation!.Name, r.OutsideService, r.Kind, r.Status, r.StatusOn })
                .ToListAsync(cancellationToken))
            .Select(r => new ReferralLine(r.FamilyMemberId, r.Program is null ? r.OutsideService ?? "" : $"{r.Program} ({r.Organisation})", r.Kind, r.Program is null, r.Status, r.StatusOn))
            .ToList();
        var checkIns = (await families.CheckInsForCourtDocuments(staff.Scope, now)
                .Where(a => a.FamilyId == familyId && ids.Contains(a.FamilyMemberId))
                .Select(a => new { a.Id, a.FamilyMemberId, a.CompletedAtUtc, Answers = a.Answers.Select(x => new { x.ItemKey, x.Kind, x.Value }).ToList() })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.FamilyMemberId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int?>)g.OrderByDescending(a => a.CompletedAtUtc).ThenByDescending(a => a.Id).First()
                .Answers.GroupBy(x => x.ItemKey).ToDictionary(x => x.Key, x => x.First() is { Kind: Domain.Assessments.AnswerKind.Answered } answer ? answer.Value : null));
        var events = families.CourtEventsVisibleTo(staff.Scope, now).Where(e => e.ProceedingId == proceeding.Id);
        var upcoming = (await events.Where(e => e.StartsAtUtc > courtEvent.StartsAtUtc).OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id).Take(10)
                .Select(e => new { e.StartsAtUtc, e.Kind, e.Courthouse, e.Room, Attending = e.Attendances.OrderBy(a => a.FamilyMemberId).ThenBy(a => a.Id).Select(a => new { a.FamilyMemberId, Staff = a.AccompaniedBy!.DisplayName }).ToList() })
                .ToListAsync(cancellationToken))
            .Select(e => new UpcomingDate(e.StartsAtUtc, e.Kind, e.Courthouse, e.Room, e.Attending.Select(a => (a.FamilyMemberId, (string?)a.Staff)).ToList()))
            .ToList();
        var witnesses = (await events.SelectMany(e => e.Attendances)
            .Where(a => a.Role == AttendanceRole.Complainant || a.Role == AttendanceRole.Witness)
            .Select(a => a.FamilyMemberId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var otherOrders = await families.ProceedingsVisibleTo(staff.Scope, now)
            .Where(p => p.FamilyId == familyId && p.Id != proceeding.Id && p.Kind == ProceedingKind.TraffickingRestrainingOrder && p.Status == ProceedingStatus.Open)
            .OrderBy(p => p.OpenedOn).ToListAsync(cancellationToken);
        var staffIds = courtEvent.Attendances.Select(a => a.AccompaniedByStaffId).OfType<int>().Distinct().ToList();
        var staffNames = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);

        return (new CourtDocumentSource(settings.Agency, family, proceeding, courtEvent, ids, request.Audience, statements, applications, referrals, checkIns,
            upcoming, otherOrders, witnesses, staffNames, preparedBy, preparedAtUtc, time.Zone), null);
    }

    private static string? Problem(CourtDocumentRequest request) =>
        !Enum.IsDefined(request.Audience) ? "Please choose who the document is for: the Crown and victim/witness staff, the court, or the family."
        : request.MemberIds is null || request.MemberIds.Count == 0 ? "Please choose at least one person the document is for."
        : request.MemberIds.Count > MostPeople ? $"A document can be for at most {MostPeople} people."
        : null;
}
