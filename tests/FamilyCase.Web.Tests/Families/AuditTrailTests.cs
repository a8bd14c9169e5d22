using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using Microsoft.Extensions.DependencyInjection;
using FamilyCase.Web.Features.Audit;
using FamilyCase.Web.Features.Families;

namespace FamilyCase.Web.Tests.Families;

public sealed class AuditTrailTests(AuditTrailTests.App app) : IClassFixture<AuditTrailTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_supervisor_filters_a_familys_trail_by_person_action_and_date()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        await app.RunAsync<FamilyFileQuery, FamilyFileOpening>(q => q.OpenAsync(amira, familyId, recordView: true, CancellationToken.None));
        await app.RunAsync<FamilyFileQuery, FamilyFileOpening>(q => q.OpenAsync(dana, familyId, recordView: true, CancellationToken.None));
        var today = app.Services.GetRequiredService<FamilyCase.Domain.Time.AgencyTime>().Today(TimeProvider.System);

        var amirasViews = await QueryAsync(dana, familyId, new AuditFilter(Person: "amira", Action: AuditAction.View));
        var todays = await QueryAsync(dana, familyId, new AuditFilter(From: today, To: today));
        var tomorrows = await QueryAsync(dana, familyId, new AuditFilter(From: today.AddDays(1)));

        Assert.NotEmpty(amirasViews.Rows);
        Assert.All(amirasViews.Rows, r => Assert.Equal(("Amira Haddad", AuditAction.View), (r.Actor, r.Action)));
        Assert.Contains(todays.Rows, r => r.Actor == "Dana Whitfield");
        Assert.Empty(tomorrows.Rows);

        async Task<AuditPage> QueryAsync(Web.Authentication.SignedInStaff who, int id, AuditFilter filter) =>
            await app.RunAsync<AuditQuery, AuditPage>(q => q.ExecuteAsync(who, id, filter, 0, 50, CancellationToken.None));
    }

    [Fact]
    public async Task Only_the_familys_supervisor_reads_its_audit_trail()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var marc = await app.StaffAsync("marc");
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        await app.RunAsync<FamilyFileQuery, FamilyFileOpening>(q => q.OpenAsync(amira, familyId, recordView: true, CancellationToken.None));

        foreach (var person in new[] { amira, marc, grace })
        {
            var page = await app.RunAsync<AuditQuery, AuditPage>(q => q.ExecuteAsync(person, familyId, new AuditFilter(), 0, 50, CancellationToken.None));
            Assert.Empty(page.Rows);
        }
    }
}
