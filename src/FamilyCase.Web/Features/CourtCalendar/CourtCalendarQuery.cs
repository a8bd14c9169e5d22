using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
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
            .Take(2000)
            .Select(e => new
            {
                Entry = new CalendarEntry(e.Id, e.FamilyId, e.Family!.FileNumber, e.Family.DisplayName, e.Kind, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual,
                    e.Attendances.OrderBy(a => a.Id).Select(a => new CalendarAttendee((a.Member!.PreferredName ?? a.Member.FirstName) + " " + a.Member.LastName, a.Role, a.AccompaniedBy!.DisplayName)).ToList()),
                Accompanying = e.Attendances.Where(a => a.AccompaniedByStaffId != null).Select(a => a.AccompaniedByStaffId!.Value).ToList(),
                Assigned = e.Family.Assignments.Where(a => a.EndedAtUtc == null)
                    .Select(a => new { a.StaffMemberId, a.StaffMember!.DisplayName }).ToList(),
                Helpers = e.Attendances.Where(a => a.AccompaniedByStaffId != null).Select(a => new { StaffMemberId = a.AccompaniedByStaffId!.Value, a.AccompaniedBy!.DisplayName }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var workers = rows.SelectMany(r => r.Assigned.Concat(r.Helpers)).DistinctBy(w => w.StaffMemberId)
            .OrderBy(w => w.DisplayName, StringComparer.CurrentCulture).Select(w => new CalendarChoice(w.StaffMemberId, w.DisplayName)).ToList();
        var families = rows.Select(r => r.Entry).DistinctBy(e => e.FamilyId)
            .OrderBy(e => e.FamilyName, StringComparer.CurrentCulture).Select(e => new CalendarChoice(e.FamilyId, $"{e.FamilyName} ({e.FileNumber})")).ToList();
        var courthouses = rows.Select(r => r.Entry.Courthouse).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();

        var entries = rows
            .Where(r => request.Courthouse is null || string.Equals(r.Entry.Courthouse, request.Courthouse, StringComparison.OrdinalIgnoreCase))
            .Where(r => request.FamilyId is null || r.Entry.FamilyId == request.FamilyId)
            .Where(r => request.WorkerId is not { } worker || r.Accompanying.Contains(worker) || r.Assigned.Any(a => a.StaffMemberId == worker))
            .Select(r => r.Entry)
            .ToList();

        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "CourtCalendar", null, null,
            $"Court calendar: {entries.Count} court dates from {AgencyTime.FormatDate(request.From)} for {days} days{Describe(request)}"), cancellationToken);
        return new CalendarPage(entries, courthouses, workers, families);
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
