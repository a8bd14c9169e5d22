using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class CheckInTests
{
    [Fact]
    public void The_check_in_has_thirteen_domains_rated_zero_to_three()
    {
        Assert.Equal(13, FamilyNeedsCheckIn.Domains.Count);
        Assert.All(FamilyNeedsCheckIn.Definition.Items, i => Assert.Equal([0, 1, 2, 3], i.Options.Select(o => o.Value)));
        Assert.Equal(13, FamilyNeedsCheckIn.Definition.Sections.Count);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Domains_rated_two_or_three_suggest_a_plan_goal(int rating, bool suggested)
    {
        var result = Answers.Score(FamilyNeedsCheckIn.Definition, [ItemAnswer.Of("checkin.practical", rating)]);

        var domain = result.CheckIn!.Domains.Single(d => d.Key == "checkin.practical");
        Assert.Equal(suggested, domain.SuggestedGoal is not null);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Safety_rated_urgent_raises_a_safety_alert(int rating, bool alert)
    {
        var result = Answers.Score(FamilyNeedsCheckIn.Definition, [ItemAnswer.Of(FamilyNeedsCheckIn.SafetyDomain, rating)]);

        Assert.Equal(alert, result.Alerts.Any(a => a.Kind == AlertKind.UrgentSafetyNeed));
    }

    [Fact]
    public void Strengths_and_own_words_travel_with_each_domain_and_a_declined_domain_has_no_rating()
    {
        var notes = new Dictionary<string, string?>
        {
            [FamilyNeedsCheckIn.StrengthsKey("checkin.support")] = "Sister visits every Sunday",
            [FamilyNeedsCheckIn.OwnWordsKey("checkin.support")] = "I feel less alone when I talk to other parents",
        };

        var result = InstrumentScorer.Score(FamilyNeedsCheckIn.Definition,
            [ItemAnswer.Of("checkin.support", 1), ItemAnswer.Declined("checkin.blame")], Domain.Assessments.AssessmentRules.Default, notes);

        var support = result.CheckIn!.Domains.Single(d => d.Key == "checkin.support");
        Assert.Equal(("Sister visits every Sunday", "I feel less alone when I talk to other parents"), (support.Strengths, support.OwnWords));
        var blame = result.CheckIn.Domains.Single(d => d.Key == "checkin.blame");
        Assert.Null(blame.Rating);
        Assert.Equal(Domain.Assessments.AnswerKind.Declined, blame.Kind);
        Assert.Null(result.Total);
    }

    [Fact]
    public void Every_instrument_has_a_credit_a_purpose_and_unique_item_keys()
    {
        Assert.All(InstrumentCatalog.Standard.Current, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Credit));
            Assert.False(string.IsNullOrWhiteSpace(i.Purpose));
            Assert.Equal(i.Items.Count(), i.Items.Select(x => x.Key).Distinct().Count());
        });
        Assert.Equal([9, 7, 20, 6], new[] { Phq9.Code, Gad7.Code, Pcl5.Code, K6.Code }.Select(c => InstrumentCatalog.Standard.Latest(c).ScoredItems.Count()));
    }
}
