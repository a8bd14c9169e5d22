using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.CourtCalendar;

/// <summary>Every court date the person may see in a window of days, in the agency's days, with who attends and who goes with them.</summary>
public sealed class CourtCalendarQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit)
{
    public async Task<CalendarPage> ExecuteAsync(SignedInStaff staff, CalendarRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var days = Math.Clamp(request.Days, 1, CalendarRequest.LongestWindowDays);
        var fromUtc = time.StartOfDayUtc(request.From);
        var toUtc = time.StartOfDayUtc(request.From.AddDays(days));
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Families.AsNoTracking()
            .CourtEventsVisibleTo(staff.Scope, now)
            .Where(e => e.StartsAtUtc >= fromUtc && e.StartsAtUtc < toUtc)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Take(CalendarPage.MostDates + 1)
            .Select(e => new
            {
                e.Id, e.FamilyId, e.Family!.FileNumber, e.Family.DisplayName, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual,
                Attendees = e.Attendances.OrderBy(a => a.Id).Select(a => new { a.FamilyMemberId, a.Role, a.AccompaniedByStaffId }).ToList(),
                Assigned = e.Family.Assignments.Where(a => a.EndedAtUtc == null).Select(a => a.StaffMemberId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var incomplete = rows.Count > CalendarPage.MostDates;
        rows = rows.Take(CalendarPage.MostDates).ToList();
        var memberIds = rows.SelectMany(r => r.Attendees.Select(a => a.FamilyMemberId)).Distinct().ToList();
        var names = await MemberNames.LoadAsync(db.Families.AsNoTracking().MembersVisibleTo(staff.Scope, now).Where(m => memberIds.Contains(m.Id)), cancellationToken);
        var staffIds = rows.SelectMany(r => r.Assigned.Concat(r.Attendees.Select(a => a.AccompaniedByStaffId).OfType<int>()));
        var staffNames = await StaffNames.LoadAsync(db, staffIds, cancellationToken);
        var all = rows.Select(r => (Row: r, Entry: new CalendarEntry(r.Id, r.FamilyId, r.FileNumber, r.DisplayName, r.Kind, r.StartsAtUtc, r.ExpectedMinutes, r.Courthouse, r.Room, r.Virtual,
            r.Attendees.Select(a => new CalendarAttendee(names.GetValueOrDefault(a.FamilyMemberId, "someone no longer in the file"), a.Role, a.AccompaniedByStaffId,
                a.AccompaniedByStaffId is { } with ? staffNames.GetValueOrDefault(with) : null)).ToList()))).ToList();

        var workers = staffNames.OrderBy(w => w.Value, StringComparer.CurrentCulture).Select(w => new CalendarChoice(w.Key, w.Value)).ToList();
        var families = all.Select(x => x.Entry).DistinctBy(e => e.FamilyId)
            .OrderBy(e => e.FamilyName, StringComparer.CurrentCulture).Select(e => new CalendarChoice(e.FamilyId, $"{e.FamilyName} ({e.FileNumber})")).ToList();
        var courthouses = all.Select(x => x.Entry.Courthouse).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();

        var entries = all
            .Where(x => request.Courthouse is null || string.Equals(x.Entry.Courthouse, request.Courthouse, StringComparison.OrdinalIgnoreCase))
            .Where(x => request.FamilyId is null || x.Entry.FamilyId == request.FamilyId)
            .Where(x => request.WorkerId is not { } worker || x.Row.Attendees.Any(a => a.AccompaniedByStaffId == worker) || x.Row.Assigned.Contains(worker))
            .Select(x => x.Entry)
            .ToList();

        // The calendar itself, and a view in the trail of each family whose dates it showed.
        var window = $"from {AgencyTime.FormatDate(request.From)} for {days} days";
        await audit.RecordViewsAsync(
            entries.GroupBy(e => e.FamilyId).Select(g => new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family",
                    g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key, $"Court calendar: {g.Count()} court dates {window}"))
                .Prepend(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "CourtCalendar", null, null, $"Court calendar: {entries.Count} court dates {window}{Describe(request)}")),
            cancellationToken);
        return new CalendarPage(entries, courthouses, workers, families, incomplete);
    }

    private static string Describe(CalendarRequest request)
    {
        var used = new List<string>();
        if (request.Courthouse is not null) used.Add("courthouse");
        if (request.WorkerId is not null) used.Add("worker");
        if (request.FamilyId is not null) used.Add("family");
        return used.Count == 0 ? "" : $"; filtered by {string.Join(", ", used)}";
    }
}
