using FamilyCase.Domain.Justice;

namespace FamilyCase.Domain.Tests.Justice;

public sealed class SupportPersonRuleTests
{
    private const int Sibling = 1, Mother = 2, Grandmother = 3;

    [Fact]
    public void A_support_person_who_also_testifies_in_the_proceeding_is_a_conflict()
    {
        var conflicts = SupportPersonRule.Conflicts([(Sibling, Mother)], new HashSet<int> { Sibling, Mother });

        Assert.Equal([new SupportPersonConflict(Sibling, Mother)], conflicts);
    }

    [Fact]
    public void A_support_person_who_does_not_testify_is_no_conflict() =>
        Assert.Empty(SupportPersonRule.Conflicts([(Sibling, Grandmother)], new HashSet<int> { Sibling, Mother }));

    [Fact]
    public void Each_witness_with_a_testifying_support_person_is_named_once()
    {
        var conflicts = SupportPersonRule.Conflicts([(Sibling, Mother), (Sibling, Mother), (Grandmother, Mother)], new HashSet<int> { Mother });

        Assert.Equal([new SupportPersonConflict(Sibling, Mother), new SupportPersonConflict(Grandmother, Mother)], conflicts);
    }

    [Theory]
    [InlineData(AttendanceRole.Complainant, true)]
    [InlineData(AttendanceRole.Witness, true)]
    [InlineData(AttendanceRole.SupportPerson, false)]
    [InlineData(AttendanceRole.Observer, false)]
    public void Complainants_and_witnesses_testify(AttendanceRole role, bool testifies) =>
        Assert.Equal(testifies, AttendanceRoles.Testifies(role));

    [Fact]
    public void The_warning_names_both_people_and_the_section() =>
        Assert.Equal(
            "Rana is also a witness in this proceeding. A witness may act as Sami's support person only if the court orders it (Criminal Code s. 486.1(4)). Please talk with the Crown or victim/witness staff, and think about who else could sit with Sami.",
            SupportPersonRule.Warning("Rana", "Sami"));
}
