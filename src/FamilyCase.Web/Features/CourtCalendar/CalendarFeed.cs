using System.Globalization;
using System.Text;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.CourtCalendar;

/// <summary>One court date as the feed shows it: time, courthouse, room and the family's file number, never a name.</summary>
public sealed record FeedEntry(int Id, DateTime StartsAtUtc, int? ExpectedMinutes, string Courthouse, string? Room, bool Virtual, string FileNumber, int FamilyId = 0);

/// <summary>
/// Serves a person's own court dates as an iCalendar feed at a secret address: dates where they go with someone, or of families
/// assigned to them, that the access policy lets them see today. A revoked or unknown address, or an inactive account, gets
/// nothing but "not found".
/// </summary>
public static class CalendarFeed
{
    public const int DaysBack = 30;
    public const int DaysAhead = 180;

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarFeedCommands.PathPrefix + "{key}.ics", async (string key, IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var hash = CalendarFeedCommands.Hash(key);
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                var owner = await db.Staff.AsNoTracking().Where(s => s.CalendarFeedKeyHash == hash && s.IsActive)
                    .Select(s => new { s.Id, s.DisplayName, s.Role, s.TeamId }).SingleOrDefaultAsync(cancellationToken);
                if (owner is null || !FamilyAccessPolicy.SeesCaseContent(owner.Role))
                {
                    return Results.NotFound();
                }

                var entries = await EntriesAsync(db, new StaffScope(owner.Id, owner.Role, owner.TeamId), time, clock, cancellationToken);
                await audit.RecordAsync(new AuditEntry(AuditAction.Export, owner.DisplayName, owner.Id, "CalendarFeed", null, null, $"Calendar feed read: {entries.Count} court dates"), cancellationToken);
                await audit.RecordViewsAsync(entries.GroupBy(e => e.FamilyId).Select(g => new AuditEntry(AuditAction.Export, owner.DisplayName, owner.Id, "Family",
                    g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key, $"Calendar feed read: {g.Count()} court dates")), cancellationToken);
                return Results.Text(Write(entries, now), "text/calendar; charset=utf-8", Encoding.UTF8);
            })
            .AllowAnonymous()
            .DisableAntiforgery();
        return endpoints;
    }

    public static async Task<IReadOnlyList<FeedEntry>> EntriesAsync(FamilyCaseDb db, StaffScope scope, AgencyTime time, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = time.Today(clock);
        var fromUtc = time.StartOfDayUtc(today.AddDays(-DaysBack));
        var toUtc = time.StartOfDayUtc(today.AddDays(DaysAhead));
        var staffId = scope.StaffId;
        return await db.Families.AsNoTracking()
            .CourtEventsVisibleTo(scope, now)
            .Where(e => e.StartsAtUtc >= fromUtc && e.StartsAtUtc < toUtc)
            .Where(e => e.Attendances.Any(a => a.AccompaniedByStaffId == staffId) || e.Family!.Assignments.Any(a => a.StaffMemberId == staffId && a.EndedAtUtc == null))
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Select(e => new FeedEntry(e.Id, e.StartsAtUtc, e.ExpectedMinutes, e.Courthouse, e.Room, e.Virtual, e.Family!.FileNumber, e.FamilyId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>RFC 5545 text: times in UTC, lines ending CRLF, text escaped and folded at 75 octets.</summary>
    public static string Write(IReadOnlyList<FeedEntry> entries, DateTime nowUtc)
    {
        var text = new StringBuilder();
        void Line(string line) => Fold(text, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//FamilyCase//Court calendar//EN");
        Line("CALSCALE:GREGORIAN");
        Line("X-WR-CALNAME:FamilyCase court dates");
        foreach (var entry in entries)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:court-date-{entry.Id.ToString(CultureInfo.InvariantCulture)}@familycase");
            Line($"DTSTAMP:{Utc(nowUtc)}");
            Line($"DTSTART:{Utc(entry.StartsAtUtc)}");
            Line($"DTEND:{Utc(entry.StartsAtUtc.AddMinutes(entry.ExpectedMinutes ?? 60))}");
            Line($"SUMMARY:{Escape($"Court: {entry.FileNumber}")}");
            Line($"LOCATION:{Escape(entry.Courthouse + (entry.Room is { } room ? $", room {room}" : "") + (entry.Virtual ? " (virtual)" : ""))}");
            Line("CLASS:CONFIDENTIAL");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return text.ToString();
    }

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static void Fold(StringBuilder text, string line)
    {
        var bytes = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (bytes + size > 75)
            {
                text.Append("\r\n ");
                bytes = 1;
            }

            text.Append(rune.ToString());
            bytes += size;
        }

        text.Append("\r\n");
    }
}
