using FamilyCase.Domain.Access;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Tests.Access;

public sealed class EmergencyAccessRulesTests
{
    private const int OwnTeam = 1;
    private const int OtherTeam = 2;
    private static readonly StaffScope Caseworker = new(1, StaffRole.Caseworker, OwnTeam);

    [Theory]
    [InlineData(OwnTeam, false, 0, true, false, BreakGlassOutcome.Open)]
    [InlineData(OwnTeam, false, 2, true, false, BreakGlassOutcome.Open)]
    [InlineData(OwnTeam, false, 3, true, false, BreakGlassOutcome.AskSupervisor)]
    [InlineData(OtherTeam, false, 0, true, false, BreakGlassOutcome.AskSupervisor)]
    [InlineData(OtherTeam, false, 0, true, true, BreakGlassOutcome.Open)]
    [InlineData(OwnTeam, true, 0, true, false, BreakGlassOutcome.AskSupervisor)]
    [InlineData(OtherTeam, true, 0, true, true, BreakGlassOutcome.AskSupervisor)]
    [InlineData(OwnTeam, false, 0, false, false, BreakGlassOutcome.Refused)]
    public void A_caseworker_opens_only_an_open_family_of_her_own_team_a_few_times_a_day(
        int familyTeam, bool closed, int grantsToday, bool active, bool crossTeam, BreakGlassOutcome expected)
    {
        var rules = new EmergencyAccessRules(MaxGrantsPerDay: 3, CrossTeam: crossTeam);

        Assert.Equal(expected, rules.Decide(Caseworker, active, familyTeam, closed, grantsToday).Outcome);
    }

    [Fact]
    public void Another_teams_family_says_only_that_it_is_another_teams_not_whether_it_is_closed()
    {
        var open = EmergencyAccessRules.Default.Decide(Caseworker, true, OtherTeam, familyIsClosed: false, 0);
        var closed = EmergencyAccessRules.Default.Decide(Caseworker, true, OtherTeam, familyIsClosed: true, 0);

        Assert.Equal(open, closed);
        Assert.DoesNotContain("closed", closed.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void A_caseworker_can_ask_a_limited_number_of_times_a_day(int requestsToday, bool mayAsk) =>
        Assert.Equal(mayAsk, EmergencyAccessRules.Default.RequestLimitReached(requestsToday) is null);

    [Theory]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.CourtSupport)]
    [InlineData(StaffRole.Administrator)]
    public void Nobody_but_a_caseworker_breaks_the_glass(StaffRole role) =>
        Assert.Equal(BreakGlassOutcome.Refused, EmergencyAccessRules.Default.Decide(new StaffScope(9, role, OwnTeam), true, OwnTeam, false, 0).Outcome);

    [Fact]
    public void Cross_team_access_waits_for_both_teams_and_one_team_acknowledges_only_its_own_part()
    {
        var grant = EmergencyAccess.Grant(10, 1, "Mother called in crisis after hours", new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc));
        grant.StaffTeamId = OwnTeam;
        grant.FamilyTeamId = OtherTeam;

        grant.AcknowledgeFor(OtherTeam, supervisorId: 6, DateTime.UtcNow);

        Assert.False(grant.AwaitsAcknowledgementBy(OtherTeam));
        Assert.True(grant.AwaitsAcknowledgementBy(OwnTeam));
        Assert.Equal(TimeSpan.FromHours(4), grant.ExpiresAtUtc - grant.StartedAtUtc);
    }

    [Fact]
    public void Within_one_team_a_single_acknowledgement_is_enough()
    {
        var grant = EmergencyAccess.Grant(10, 1, "Mother called in crisis after hours", DateTime.UtcNow);
        grant.StaffTeamId = OwnTeam;
        grant.FamilyTeamId = OwnTeam;

        grant.AcknowledgeFor(OwnTeam, supervisorId: 5, DateTime.UtcNow);

        Assert.False(grant.AwaitsAcknowledgementBy(OwnTeam));
        Assert.Equal((5, 5), (grant.StaffTeamAcknowledgedByStaffId, grant.FamilyTeamAcknowledgedByStaffId));
    }
}
