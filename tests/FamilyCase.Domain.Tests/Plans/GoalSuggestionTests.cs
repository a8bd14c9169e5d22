using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;

namespace FamilyCase.Domain.Tests.Plans;

public sealed class GoalSuggestionTests
{
    private static readonly Dictionary<string, int> Ratings = new()
    {
        ["checkin.wellbeing"] = 1, ["checkin.services"] = 2, ["checkin.justice"] = 3, ["checkin.support"] = 2, ["checkin.practical"] = 3,
    };

    [Fact]
    public void Each_domain_rated_2_or_3_suggests_its_goal_in_the_check_in_s_order()
    {
        var open = GoalSuggestions.Open(40, Ratings, [], []);

        Assert.Equal(["checkin.services", "checkin.justice", "checkin.support", "checkin.practical"], open.Select(s => s.DomainKey));
        var services = open[0];
        Assert.Equal(new GoalSuggestion(40, "checkin.services", "Access to services", 2,
            "Get past the barriers to services: referrals, help with waitlists, costs, travel or language."), services);
    }

    [Fact]
    public void An_accepted_declined_or_already_active_goal_is_not_suggested_again()
    {
        var open = GoalSuggestions.Open(40, Ratings,
            goals: [("checkin.services", 40, GoalStatus.Achieved), ("checkin.justice", 12, GoalStatus.Active), ("checkin.support", 12, GoalStatus.Stopped)],
            declined: [(40, "checkin.practical"), (12, "checkin.support")]);

        Assert.Equal(["checkin.support"], open.Select(s => s.DomainKey));
    }

    [Fact]
    public void A_decline_of_an_earlier_check_in_does_not_hide_the_same_need_in_a_new_one() =>
        Assert.Contains(GoalSuggestions.Open(41, Ratings, [], [(40, "checkin.services")]), s => s.DomainKey == "checkin.services");

    [Fact]
    public void Every_need_of_the_check_in_has_kinds_of_service_that_answer_it() =>
        Assert.All(FamilyNeedsCheckIn.Domains, d => Assert.NotEmpty(NeedServiceMatch.KindsFor(d.Key)));

    [Fact]
    public void The_identified_child_has_no_plan_here_and_everyone_else_does()
    {
        Assert.NotNull(PlanEligibility.WhyNot(MemberRole.IdentifiedChild));
        Assert.All(Enum.GetValues<MemberRole>().Where(r => r != MemberRole.IdentifiedChild), r => Assert.True(PlanEligibility.HasPlan(r)));
    }

    [Theory]
    [InlineData(GoalStatus.Active, GoalStatus.Achieved, true)]
    [InlineData(GoalStatus.Active, GoalStatus.Stopped, true)]
    [InlineData(GoalStatus.Stopped, GoalStatus.Active, true)]
    [InlineData(GoalStatus.Achieved, GoalStatus.Active, false)]
    [InlineData(GoalStatus.Changed, GoalStatus.Active, false)]
    public void A_goal_that_was_achieved_or_changed_stays_so(GoalStatus from, GoalStatus to, bool allowed) =>
        Assert.Equal(allowed, GoalStatuses.Moves.Allows(from, to));
}
