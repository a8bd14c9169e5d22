using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.ReferralReport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyCase.Web.Tests.Plans;

/// <summary>
/// The referral report on a team built here whose every answer is known: eight referrals with known statuses, barriers and waits,
/// and two people with a need no program in their area answers.
/// </summary>
public sealed class ReferralReportTests(ReferralReportTests.App app) : IClassFixture<ReferralReportTests.App>
{
    public sealed class App : FamilyCaseAppFactory
    {
        private readonly Lazy<Task<Fixture>> _fixture;

        public App() => _fixture = new(() => Fixture.CreateAsync(this));

        public Task<Fixture> FixtureAsync() => _fixture.Value;
    }

    [Fact]
    public async Task The_team_s_supervisor_sees_every_figure_exactly()
    {
        var fixture = await app.FixtureAsync();

        var report = (await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(fixture.Supervisor, fixture.TeamId, CancellationToken.None)))!;

        Assert.True(report.Exact);
        Assert.Equal("8", report.Total.Shown);
        Assert.Equal(
            [("Referred, waiting to hear", "1"), ("On a waitlist", "1"), ("Receiving the service", "4"), ("Declined or stopped by the person", "1"), ("Not eligible", "0"), ("Completed", "1"), ("Closed without service", "0")],
            report.ByStatus.Select(r => (r.Label, r.Shown)));
        Assert.Equal([("Waitlist", 3), ("Cost", 1), ("Transport", 1)], report.ByBarrier.Where(b => b.Count > 0).Select(b => (b.Label, b.Count)));
        Assert.Equal(
            [new WaitRow("Fixture counselling — Fixture Family Services", 4, false, "4", 25, 37), new WaitRow("Fixture peer group — Fixture Family Services", 1, false, "1", 5, 5)],
            report.WaitsByProgram);
        Assert.Equal([("Counselling", 25.0, 37.0), ("Parent peer support", 5.0, 5.0)], report.WaitsByKind.Select(w => (w.Label, w.MedianDays!.Value, w.Percentile90Days!.Value)));
        var unmet = Assert.Single(report.UnmetNeeds);
        Assert.Equal(("Niagara", "Physical health and sleep", 2, "2"), (unmet.Area, unmet.Need, unmet.People, unmet.Shown));
    }

    [Fact]
    public async Task An_administrator_sees_the_same_team_with_counts_under_five_hidden()
    {
        var fixture = await app.FixtureAsync();
        var sam = await app.StaffAsync(DemoPeople.Administrator);

        var report = (await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(sam, fixture.TeamId, CancellationToken.None)))!;

        Assert.False(report.Exact);
        Assert.Equal("8", report.Total.Shown);
        Assert.Equal(["fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "0", "fewer than 5", "0"], report.ByStatus.Select(r => r.Shown));
        Assert.All(report.WaitsByProgram, w => Assert.Equal((true, (double?)null, (double?)null), (w.Hidden, w.MedianDays, w.Percentile90Days)));
        Assert.Equal("fewer than 5", Assert.Single(report.UnmetNeeds).Shown);
        var exported = (await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(sam, fixture.TeamId, CancellationToken.None, recordView: false)))!;
        var csv = ReferralReportCsv.Write(exported, "program-waits");
        Assert.DoesNotContain("25", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Fixture counselling", csv, StringComparison.Ordinal);
        Assert.Contains("Programs with fewer than 5 people served each,5,,", csv, StringComparison.Ordinal);
        Assert.Equal("Other areas", Assert.Single(report.UnmetNeeds).Area);
    }

    [Fact]
    public async Task Only_supervisors_and_administrators_read_it_and_a_supervisor_only_for_their_team_or_the_agency()
    {
        var fixture = await app.FixtureAsync();
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);

        Assert.Null(await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(dana, fixture.TeamId, CancellationToken.None)));
        Assert.Null(await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(amira, null, CancellationToken.None)));
        Assert.Null(await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(grace, grace.TeamId, CancellationToken.None)));
        var agency = (await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(dana, null, CancellationToken.None)))!;
        Assert.False(agency.Exact);
        Assert.All(agency.ByStatus.Concat(agency.ByBarrier).Where(r => r.Count is > 0 and < 5), r => Assert.True(r.Hidden, r.Label));
        Assert.Equal(["Toronto East", "The whole agency"], (await app.RunAsync<ReferralReportQuery, IReadOnlyList<ReportScope>>(q => q.ScopesAsync(dana, CancellationToken.None))).Select(s => s.Label));
    }

    [Fact]
    public async Task The_csv_is_what_the_page_shows_and_a_cell_that_looks_like_a_formula_is_escaped()
    {
        var fixture = await app.FixtureAsync();
        var report = (await app.RunAsync<ReferralReportQuery, ReferralReportView?>(q => q.ExecuteAsync(fixture.Supervisor, fixture.TeamId, CancellationToken.None)))!;

        var status = ReferralReportCsv.Write(report, "status");
        var tricky = ReferralReportCsv.Write(report with { ByBarrier = [new CountRow("=HYPERLINK(\"http://x.example\",\"open\")", 2, false, "2")] }, "barriers");

        Assert.Equal("Status,Referrals\r\nReferred, waiting to hear,1\r\n".Replace("Referred, waiting to hear", "\"Referred, waiting to hear\"", StringComparison.Ordinal), status[..status.IndexOf("On a", StringComparison.Ordinal)]);
        Assert.EndsWith("All referrals,8\r\n", status, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", tricky, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\"=", tricky, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", tricky, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_needs_sign_in()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri(ReferralReportCsv.PathFor("status", null), UriKind.Relative));

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Referrals", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed record Fixture(int TeamId, SignedInStaff Supervisor)
    {
        public static async Task<Fixture> CreateAsync(FamilyCaseAppFactory app)
        {
            await using var db = app.CreateDb();
            var now = DateTime.UtcNow;
            var team = new Team { Name = "Fixture team", Area = "Niagara" };
            var supervisor = new StaffMember { DisplayName = "Fixture Supervisor", Email = "fixture.supervisor@familycase.example", Role = StaffRole.Supervisor, Team = team };
            var worker = new StaffMember { DisplayName = "Fixture Worker", Email = "fixture.worker@familycase.example", Role = StaffRole.Caseworker, Team = team };
            var organisation = new ServiceOrganisation { Name = "Fixture Family Services", CreatedAtUtc = now, UpdatedAtUtc = now };
            var counselling = Program(organisation, "Fixture counselling", ServiceKind.Counselling, now);
            var peers = Program(organisation, "Fixture peer group", ServiceKind.ParentPeerSupport, now);
            db.Actor = new FamilyCase.Data.Auditing.AuditActor(null, "Test fixture");
            db.AddRange(team, supervisor, worker, organisation);
            await db.SaveChangesAsync();

            var family = new Family { FileNumber = "FC-2099-00001", DisplayName = "Fixture family", TeamId = team.Id, Status = FamilyStatus.Active, OpenedOn = new DateOnly(2026, 1, 5) };
            family.Members.AddRange([Member("Ana", MemberRole.Parent), Member("Ben", MemberRole.Parent), Member("Cy", MemberRole.Sibling), Member("Dee", MemberRole.IdentifiedChild)]);
            family.Assignments.Add(new FamilyAssignment { StaffMemberId = worker.Id, Kind = AssignmentKind.Primary, StartedAtUtc = now });
            db.Families.Add(family);
            await db.SaveChangesAsync();
            int ana = family.Members[0].Id, ben = family.Members[1].Id, cy = family.Members[2].Id;

            var referred = new DateOnly(2026, 3, 2);
            db.Referrals.AddRange(
                Referral(family.Id, ana, counselling, ServiceKind.Counselling, referred, worker.Id, ReferralBarrier.Waitlist, (ReferralStatus.Waitlisted, 0), (ReferralStatus.Active, 10)),
                Referral(family.Id, ben, counselling, ServiceKind.Counselling, referred, worker.Id, ReferralBarrier.Waitlist, (ReferralStatus.Pending, 0), (ReferralStatus.Active, 20)),
                Referral(family.Id, cy, counselling, ServiceKind.Counselling, referred, worker.Id, ReferralBarrier.None, (ReferralStatus.Pending, 0), (ReferralStatus.Active, 30)),
                Referral(family.Id, ana, counselling, ServiceKind.Counselling, referred, worker.Id, ReferralBarrier.None, (ReferralStatus.Pending, 0), (ReferralStatus.Active, 40)),
                Referral(family.Id, ben, peers, ServiceKind.ParentPeerSupport, referred, worker.Id, ReferralBarrier.None, (ReferralStatus.Pending, 0), (ReferralStatus.Active, 5), (ReferralStatus.Completed, 50)),
                Referral(family.Id, cy, peers, ServiceKind.ParentPeerSupport, referred, worker.Id, ReferralBarrier.None, (ReferralStatus.Pending, 0)),
                Referral(family.Id, ana, peers, ServiceKind.ParentPeerSupport, referred, worker.Id, ReferralBarrier.Waitlist, (ReferralStatus.Waitlisted, 0)),
                Referral(family.Id, ben, null, ServiceKind.HealthAndSleep, referred, worker.Id, ReferralBarrier.Cost | ReferralBarrier.Transport, (ReferralStatus.Pending, 0), (ReferralStatus.DeclinedByPerson, 9)));
            db.Goals.AddRange(
                Goal(family.Id, ana, "checkin.health", GoalStatus.Active),
                Goal(family.Id, ben, "checkin.health", GoalStatus.Active),
                Goal(family.Id, cy, "checkin.health", GoalStatus.Achieved),
                Goal(family.Id, cy, "checkin.wellbeing", GoalStatus.Active));
            await db.SaveChangesAsync();
            return new Fixture(team.Id, new SignedInStaff(supervisor.Id, supervisor.DisplayName, StaffRole.Supervisor, team.Id));
        }

        private static ServiceProgram Program(ServiceOrganisation organisation, string name, ServiceKind kind, DateTime now)
        {
            var program = new ServiceProgram
            {
                Organisation = organisation, Name = name, Kinds = TermList.Format([kind.ToString()]), Areas = TermList.Format(["Niagara"]), Languages = TermList.Format(["English"]),
                CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            organisation.Programs.Add(program);
            return program;
        }

        private static FamilyMember Member(string name, MemberRole role) =>
            new() { FirstName = name, LastName = "Fixture", Role = role, Relationship = role.ToString() };

        private static PlanGoal Goal(int familyId, int memberId, string domain, GoalStatus status) =>
            new() { FamilyId = familyId, FamilyMemberId = memberId, DomainKey = domain, InTheirWords = "A goal", Status = status, StatusOn = new DateOnly(2026, 3, 2) };

        private static Referral Referral(int familyId, int memberId, ServiceProgram? program, ServiceKind kind, DateOnly referred, int staffId, ReferralBarrier barriers,
            params (ReferralStatus Status, int Day)[] steps)
        {
            var referral = new Referral
            {
                FamilyId = familyId, FamilyMemberId = memberId, ProgramId = program?.Id, OutsideService = program is null ? "Fixture clinic" : null, Kind = kind, ReferredOn = referred, Barriers = barriers,
            };
            var at = new DateTime(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);
            Assert.Null(ReferralHistory.Start(referral, steps[0].Status, referred.AddDays(steps[0].Day), staffId, at));
            foreach (var (status, day) in steps.Skip(1))
            {
                Assert.Null(ReferralHistory.Move(referral, status, referred.AddDays(day), staffId, at.AddDays(day)));
            }

            return referral;
        }
    }
}
