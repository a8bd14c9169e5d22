using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Justice;

/// <summary>The demo agency shows every part of the justice screens: what a demo or a trainer needs to find.</summary>
public sealed class DemoJusticeSeedTests(DemoJusticeSeedTests.App app) : IClassFixture<DemoJusticeSeedTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task The_demo_has_proceedings_at_each_stage_coming_court_dates_some_unaccompanied_every_police_rating_and_deadlines_near_and_passed()
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        var today = AgencyDay.Today;
        var deadlines = app.Services.GetRequiredService<ApplicationDeadlines>();
        var now = DateTime.UtcNow;

        var statuses = await db.Proceedings.Select(p => p.Status).Distinct().ToListAsync();
        var coming = await db.CourtEvents.Where(e => e.StartsAtUtc > now && e.StartsAtUtc < now.AddDays(28)).Select(e => e.Attendances.Select(a => a.AccompaniedByStaffId).ToList()).ToListAsync();
        var ratings = await db.PoliceContacts.Select(p => p.Experience).Distinct().ToListAsync();
        var pending = await db.Applications.Where(JusticeApplication.Pending).Select(a => a.DueOn).ToListAsync();

        Assert.Superset(new HashSet<ProceedingStatus> { ProceedingStatus.Open, ProceedingStatus.Stayed, ProceedingStatus.Concluded }, statuses.ToHashSet());
        Assert.True(coming.Count >= 4);
        Assert.Contains(coming, CourtEvent.SomeoneAttendsAlone);
        Assert.Contains(coming, c => c.Count > 0 && !CourtEvent.SomeoneAttendsAlone(c));
        Assert.Equal(Enum.GetValues<PoliceExperience>().ToHashSet(), ratings.ToHashSet());
        Assert.Contains(pending, due => deadlines.StateOn(due, today) == DeadlineState.Overdue);
        Assert.Contains(pending, due => deadlines.StateOn(due, today) == DeadlineState.DueSoon);
        Assert.True(await db.Statements.AnyAsync() && await db.InformationGiven.AnyAsync() && await db.Interviews.AnyAsync(i => i.Status == InterviewStatus.Arranged && i.WhyNeeded != null));
    }
}

/// <summary>The caseload shows each family's next court date and its application deadlines, from the same rules as the family header.</summary>
public sealed class CaseloadCourtColumnTests(CaseloadCourtColumnTests.App app) : IClassFixture<CaseloadCourtColumnTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task The_caseload_and_the_header_agree_on_the_next_court_date_and_the_deadlines()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var request = new Features.Caseload.CaseloadRequest("FC-2025-00091", Features.Caseload.CaseloadSort.FileNumber, false, 0, 25);

        var row = (await app.RunAsync<Features.Caseload.CaseloadQuery, Features.Caseload.CaseloadResult>(q => q.ExecuteAsync(amira, request, CancellationToken.None))).Rows.Single();
        var header = (await app.RunAsync<Features.Families.FamilyFileQuery, Features.Shared.FamilyFile?>(q => q.LoadAsync(amira, row.Id, CancellationToken.None)))!.Header;

        // The demo's Campbell family: a preliminary inquiry in 9 days; Beverley's immediate-needs deadline has passed; Simone's counselling one is near.
        Assert.NotNull(row.NextCourtDateUtc);
        Assert.Equal(AgencyDay.Today.AddDays(9), DateOnly.FromDateTime(app.Services.GetRequiredService<Domain.Time.AgencyTime>().ToLocal(row.NextCourtDateUtc!.Value)));
        Assert.Equal((1, 1), (row.DeadlinesOverdue, row.DeadlinesDueSoon));
        Assert.Equal((row.NextCourtDateUtc, row.DeadlinesOverdue, row.DeadlinesDueSoon), (header.NextCourtDateUtc, header.DeadlinesOverdue, header.DeadlinesDueSoon));
    }
}
