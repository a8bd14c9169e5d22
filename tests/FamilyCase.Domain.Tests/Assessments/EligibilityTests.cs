using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData(Phq9.Code, 11, false)]
    [InlineData(Phq9.Code, 12, true)]
    [InlineData(Gad7.Code, 12, true)]
    [InlineData(FamilyNeedsCheckIn.Code, 12, true)]
    [InlineData(FamilyNeedsCheckIn.Code, 11, false)]
    [InlineData(K6.Code, 17, false)]
    [InlineData(K6.Code, 18, true)]
    [InlineData(Pcl5.Code, 17, false)]
    [InlineData(Pcl5.Code, 18, true)]
    public void Each_instrument_has_its_own_minimum_age(string code, int age, bool offered)
    {
        var sibling = Person(MemberRole.Sibling, Today.AddYears(-age));

        var why = AssessmentEligibility.WhyNot(sibling, InstrumentCatalog.Standard.Latest(code), Today, AssessmentRules.Default);

        Assert.Equal(offered, why is null);
    }

    [Fact]
    public void The_minimum_age_is_a_setting_per_instrument()
    {
        var rules = AssessmentRules.Default with { MinimumAges = new Dictionary<string, int> { [Pcl5.Code] = 16 } };
        var sibling = Person(MemberRole.Sibling, Today.AddYears(-16));

        Assert.Null(AssessmentEligibility.WhyNot(sibling, Pcl5.Definition, Today, rules));
        Assert.Equal("The K6 is for people aged 18 and over.", AssessmentEligibility.WhyNot(sibling, K6.Definition, Today, rules));
    }

    [Fact]
    public void The_identified_child_is_never_assessed_and_a_sibling_of_unknown_age_needs_a_birth_date_first()
    {
        Assert.StartsWith("FamilyCase does not assess the identified child", AssessmentEligibility.WhyNot(Person(MemberRole.IdentifiedChild, Today.AddYears(-30)), Phq9.Definition, Today, AssessmentRules.Default));
        Assert.StartsWith("Please record their date of birth first", AssessmentEligibility.WhyNot(Person(MemberRole.Sibling, null), Phq9.Definition, Today, AssessmentRules.Default));
        Assert.Null(AssessmentEligibility.WhyNot(Person(MemberRole.Parent, null), Pcl5.Definition, Today, AssessmentRules.Default));
    }

    [Theory]
    [InlineData(MemberRole.Parent, CheckInWording.Caregiver)]
    [InlineData(MemberRole.StepParent, CheckInWording.Caregiver)]
    [InlineData(MemberRole.Guardian, CheckInWording.Caregiver)]
    [InlineData(MemberRole.Sibling, CheckInWording.SiblingOrRelative)]
    [InlineData(MemberRole.ExtendedFamily, CheckInWording.SiblingOrRelative)]
    [InlineData(MemberRole.OtherSupport, CheckInWording.SiblingOrRelative)]
    public void The_check_in_is_worded_for_caregivers_or_for_siblings_and_relatives(MemberRole role, CheckInWording wording)
    {
        Assert.Equal(wording, CheckInWordings.For(role));
        var item = FamilyNeedsCheckIn.Definition.Item("checkin.children");
        Assert.Equal(wording == CheckInWording.Caregiver ? "How are the other children in your home doing?" : "How are the other young people at home doing, and how are things between you?", item.TextFor(wording));
    }

    [Fact]
    public void Every_check_in_area_has_both_wordings()
    {
        Assert.All(FamilyNeedsCheckIn.Definition.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.RelativeText)));
        Assert.Equal(13, FamilyNeedsCheckIn.Definition.Items.Select(i => i.RelativeText).Distinct().Count());
    }

    private static FamilyMember Person(MemberRole role, DateOnly? born) =>
        new() { Role = role, Relationship = "Relative", FirstName = "A", LastName = "B", DateOfBirth = born };
}
