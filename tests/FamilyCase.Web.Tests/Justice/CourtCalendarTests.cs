using System.Net;
using FamilyCase.Domain.Time;
using FamilyCase.Testing;
using FamilyCase.Web.Features.CourtCalendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Justice;

/// <summary>The court calendar and the iCalendar feed show each person exactly the court dates the access policy lets them see.</summary>
public sealed class CourtCalendarTests(CourtCalendarTests.App app) : IClassFixture<CourtCalendarTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    // The demo's coming court dates: Cardinal in 3 days, Sandhu in 6, Campbell in 9, Pierre-Louis in 16, Nadarajah in 20.
    [Theory]
    [InlineData(DemoPeople.Caseworker, new[] { "FC-2025-00058", "FC-2025-00091", "FC-2026-00015" })]
    [InlineData(DemoPeople.OtherCaseworker, new[] { "FC-2025-00079" })]
    [InlineData(DemoPeople.CourtSupport, new[] { "FC-2025-00058", "FC-2025-00091", "FC-2026-00007", "FC-2026-00015" })]
    [InlineData(DemoPeople.Supervisor, new[] { "FC-2025-00058", "FC-2025-00091", "FC-2026-00007", "FC-2026-00015" })]
    [InlineData(DemoPeople.Administrator, new string[0])]
    public async Task The_calendar_shows_only_the_court_dates_of_families_the_person_may_see(string userName, string[] expected)
    {
        var staff = await app.StaffAsync(userName);

        var page = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(staff, new CalendarRequest(AgencyDay.Today, 30), CancellationToken.None));

        Assert.Equal(expected, page.Entries.Select(e => e.FileNumber).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_court_date_with_someone_attending_without_the_agency_is_marked()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);

        var page = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(dana, new CalendarRequest(AgencyDay.Today, 30), CancellationToken.None));

        // At the Campbell preliminary inquiry the mother attends as a witness with nobody from the agency; Vasanthi Nadarajah goes with Amira.
        Assert.True(page.Entries.Single(e => e.FileNumber == "FC-2025-00091").Unaccompanied);
        Assert.False(page.Entries.Single(e => e.FileNumber == "FC-2026-00015").Unaccompanied);
    }

    [Fact]
    public async Task Filters_narrow_the_dates_to_a_courthouse_a_worker_or_a_family_and_the_view_is_audited_without_names()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var window = new CalendarRequest(AgencyDay.Today, 30);

        var all = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(dana, window, CancellationToken.None));
        var superior = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(dana, window with { Courthouse = "Superior Court of Justice, Toronto" }, CancellationToken.None));
        var amirasDates = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(dana, window with { WorkerId = amira.StaffId }, CancellationToken.None));
        var campbell = all.Entries.First(e => e.FileNumber == "FC-2025-00091").FamilyId;
        var oneFamily = await app.RunAsync<CourtCalendarQuery, CalendarPage>(q => q.ExecuteAsync(dana, window with { FamilyId = campbell }, CancellationToken.None));

        Assert.Contains("Superior Court of Justice, Toronto", all.Courthouses);
        Assert.Equal(["FC-2026-00015"], superior.Entries.Select(e => e.FileNumber));
        Assert.Equal(["FC-2025-00058", "FC-2025-00091", "FC-2026-00015"], amirasDates.Entries.Select(e => e.FileNumber).Order(StringComparer.Ordinal));
        Assert.All(oneFamily.Entries, e => Assert.Equal(campbell, e.FamilyId));
        await using var db = app.CreateDb();
        var audited = await db.AuditEvents.Where(e => e.ActorStaffId == dana.StaffId && e.RecordType == "CourtCalendar").ToListAsync();
        Assert.Contains(audited, e => e.Detail!.Contains("filtered by courthouse", StringComparison.Ordinal));
        Assert.All(audited, e => Assert.DoesNotContain("Superior", e.Detail, StringComparison.Ordinal));
        Assert.All(audited, e => Assert.Null(e.FamilyId));
    }

    [Fact]
    public async Task The_feed_lists_a_workers_own_court_dates_with_time_place_and_file_number_and_never_a_name()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var path = await app.RunAsync<CalendarFeedCommands, string?>(c => c.CreateAsync(amira, CancellationToken.None));
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);
        var feed = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", feed, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Court: FC-2025-00091", feed, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Court: FC-2026-00015", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("FC-2026-00007", feed, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Toronto East courthouse\\, room 305", feed, StringComparison.Ordinal);
        await using var db = app.CreateDb();
        var names = await db.FamilyMembers.Select(m => new[] { m.FirstName, m.LastName, m.PreferredName }).ToListAsync();
        var familyNames = await db.Families.Select(f => f.DisplayName).ToListAsync();
        var leaked = names.SelectMany(n => n).OfType<string>().Where(n => n.Length > 3).Concat(familyNames)
            .Where(name => System.Text.RegularExpressions.Regex.IsMatch(feed, $@"\b{System.Text.RegularExpressions.Regex.Escape(name)}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).Distinct().ToList();
        Assert.Empty(leaked);
        Assert.Contains(await db.AuditEvents.Where(e => e.ActorStaffId == amira.StaffId && e.RecordType == "CalendarFeed").ToListAsync(), e => e.Detail!.StartsWith("Calendar feed read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Court_support_s_feed_has_the_dates_they_support_not_every_date_they_may_see()
    {
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var path = await app.RunAsync<CalendarFeedCommands, string?>(c => c.CreateAsync(grace, CancellationToken.None));
        using var client = app.CreateClient();

        var feed = await client.GetStringAsync(path);

        Assert.Contains("FC-2026-00007", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("FC-2026-00015", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_or_replaced_address_or_an_inactive_account_gets_nothing()
    {
        await using (var setup = app.CreateDb())
        {
            Assert.True(await setup.Staff.AnyAsync(s => s.Email.StartsWith("jordan")));
        }

        var jordan = await app.StaffAsync("jordan");
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var first = await app.RunAsync<CalendarFeedCommands, string?>(c => c.CreateAsync(jordan, CancellationToken.None));
        var second = await app.RunAsync<CalendarFeedCommands, string?>(c => c.CreateAsync(jordan, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(CalendarFeedCommands.PathPrefix + "not-a-real-key.ics")).StatusCode);

        await using (var db = app.CreateDb())
        {
            await db.Staff.Where(s => s.Id == jordan.StaffId).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, false));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(second)).StatusCode);
        await using (var db = app.CreateDb())
        {
            await db.Staff.Where(s => s.Id == jordan.StaffId).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, true));
        }

        await app.RunAsync<CalendarFeedCommands, bool>(async c => { await c.RevokeAsync(jordan, CancellationToken.None); return true; });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(second)).StatusCode);
    }

    [Fact]
    public void The_feed_folds_long_lines_and_escapes_text_as_icalendar_requires()
    {
        var entry = new FeedEntry(7, new DateTime(2026, 11, 1, 14, 0, 0, DateTimeKind.Utc), 90, "Courthouse; with, commas and a very long name that goes on and on past the limit", "2B", false, "FC-2026-00001");

        var text = CalendarFeed.Write([entry], new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Contains("DTSTART:20261101T140000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261101T153000Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Courthouse\\; with\\, commas", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n ", text, StringComparison.Ordinal);
    }
}
