using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Audit;
using FamilyCase.Web.Features.Caseload;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Audit;

/// <summary>Every surface that shows case content writes a view event: who, what, and for lists the filters and count, never the words searched.</summary>
public sealed class ReadPathAuditTests(ReadPathAuditTests.App app) : IClassFixture<ReadPathAuditTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Each_caseload_search_is_audited_with_its_filters_and_count_but_not_the_words()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var request = new CaseloadRequest("Okonkwo-secret-words", CaseloadSort.FamilyName, false, 0, 25) { SafetyConcernOnly = true };

        var result = await app.RunAsync<CaseloadQuery, CaseloadResult>(q => q.ExecuteAsync(amira, request, CancellationToken.None));

        var viewed = await LatestAsync(amira, "Caseload");
        Assert.Equal(AuditAction.View, viewed.Action);
        Assert.Contains($"{result.Total} families", viewed.Detail, StringComparison.Ordinal);
        Assert.Contains("search", viewed.Detail, StringComparison.Ordinal);
        Assert.Contains("safety concern", viewed.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Okonkwo", viewed.Detail, StringComparison.Ordinal);
        Assert.Null(viewed.FamilyId);
    }

    [Fact]
    public async Task Two_different_searches_are_two_events_even_with_the_same_count_and_the_same_search_repeated_is_one()
    {
        var jordan = await app.StaffAsync("jordan");
        await using (var before = app.CreateDb())
        {
            Assert.False(await before.AuditEvents.AnyAsync(e => e.ActorStaffId == jordan.StaffId && e.RecordType == "Caseload"));
        }

        foreach (var words in new[] { "zzq-first-nothing", "zzq-second-nothing", "zzq-second-nothing" })
        {
            var request = new CaseloadRequest(words, CaseloadSort.FamilyName, false, 0, 25);
            await app.RunAsync<CaseloadQuery, CaseloadResult>(q => q.ExecuteAsync(jordan, request, CancellationToken.None));
        }

        await using var db = app.CreateDb();
        var searches = await db.AuditEvents.Where(e => e.ActorStaffId == jordan.StaffId && e.RecordType == "Caseload").ToListAsync();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, e => Assert.Contains("0 families; filtered by search", e.Detail, StringComparison.Ordinal));
        Assert.All(searches, e => Assert.DoesNotContain("zzq", e.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_supervisors_home_page_panels_are_audited()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);

        var dashboard = (await app.RunAsync<DashboardQuery, DashboardView?>(q => q.ExecuteAsync(dana, CancellationToken.None)))!;

        var viewed = await LatestAsync(dana, "Dashboard");
        Assert.StartsWith($"Dashboard for {dashboard.Scope}:", viewed.Detail, StringComparison.Ordinal);
        Assert.Contains($"SafetyAlerts {dashboard.Items(Domain.Supervision.DashboardPanel.SafetyAlerts).Count}", viewed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_assessments_tab_and_reading_the_audit_trail_are_audited_in_the_familys_trail()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);

        await app.RunAsync<FamilyAssessmentsQuery, (IReadOnlyList<MemberAssessmentSummary>, IReadOnlyList<OpenAlertRow>)>(q => q.ExecuteAsync(dana, familyId, CancellationToken.None));
        await app.RunAsync<AuditQuery, AuditPage>(q => q.ExecuteAsync(dana, familyId, new AuditFilter(), 0, 50, CancellationToken.None));

        await using var db = app.CreateDb();
        var views = await db.AuditEvents.Where(e => e.FamilyId == familyId && e.ActorStaffId == dana.StaffId && e.Action == AuditAction.View).ToListAsync();
        Assert.Contains(views, e => e.Detail!.StartsWith("Assessments tab:", StringComparison.Ordinal));
        Assert.Contains(views, e => e.RecordType == "AuditTrail");
    }

    [Fact]
    public async Task A_page_drawn_twice_as_it_opens_is_one_view_and_someone_refused_leaves_no_view()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var priya = await app.StaffAsync(DemoPeople.OtherCaseworker);

        await app.RunAsync<FamilyAssessmentsQuery, (IReadOnlyList<MemberAssessmentSummary>, IReadOnlyList<OpenAlertRow>)>(q => q.ExecuteAsync(dana, familyId, CancellationToken.None));
        await app.RunAsync<FamilyAssessmentsQuery, (IReadOnlyList<MemberAssessmentSummary>, IReadOnlyList<OpenAlertRow>)>(q => q.ExecuteAsync(dana, familyId, CancellationToken.None));
        await app.RunAsync<FamilyAssessmentsQuery, (IReadOnlyList<MemberAssessmentSummary>, IReadOnlyList<OpenAlertRow>)>(q => q.ExecuteAsync(priya, familyId, CancellationToken.None));

        await using var db = app.CreateDb();
        Assert.Single(await db.AuditEvents.Where(e => e.FamilyId == familyId && e.ActorStaffId == dana.StaffId && e.Detail!.StartsWith("Assessments tab:")).ToListAsync());
        Assert.False(await db.AuditEvents.AnyAsync(e => e.FamilyId == familyId && e.ActorStaffId == priya.StaffId));
    }

    [Fact]
    public async Task Emergency_access_panels_are_audited_when_they_show_something()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        await using (var db = app.CreateDb())
        {
            var family = await db.Families.Where(f => f.TeamId == amira.TeamId && f.Status != Domain.Families.FamilyStatus.Closed
                && !f.Assignments.Any(a => a.StaffMemberId == amira.StaffId && a.EndedAtUtc == null)).Select(f => f.Id).FirstAsync();
            await app.RunAsync<EmergencyAccessCommands, Components.Shared.SaveOutcome>(c => c.OpenAsync(amira, family, "Her mother called the crisis line tonight.", CancellationToken.None));
        }

        await app.RunAsync<EmergencyAccessQuery, EmergencyOversight>(q => q.ExecuteAsync(dana, CancellationToken.None));

        Assert.Contains("emergency accesses to acknowledge", (await LatestAsync(dana, "Supervision")).Detail, StringComparison.Ordinal);
    }

    private async Task<AuditEvent> LatestAsync(SignedInStaff staff, string recordType)
    {
        await using var db = app.CreateDb();
        return await db.AuditEvents.Where(e => e.ActorStaffId == staff.StaffId && e.RecordType == recordType).OrderByDescending(e => e.Id).FirstAsync();
    }
}
