using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Tests.Families;

public class FamilyMemberTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static FamilyMember Person(MemberRole role, DateOnly? born, string? preferredName = null) => new()
    {
        Role = role,
        Relationship = "Test",
        FirstName = "Robin",
        LastName = "Example",
        PreferredName = preferredName,
        DateOfBirth = born,
    };

    [Theory]
    [InlineData("2008-11-26", true)]
    [InlineData("2008-11-25", false)]
    [InlineData("2008-11-24", false)]
    [InlineData("2015-03-01", true)]
    public void A_person_is_a_minor_until_their_eighteenth_birthday(string born, bool minor)
    {
        Assert.Equal(minor, Person(MemberRole.Sibling, DateOnly.Parse(born)).IsMinorOn(Today));
    }

    [Theory]
    [InlineData(MemberRole.IdentifiedChild, true)]
    [InlineData(MemberRole.Sibling, true)]
    [InlineData(MemberRole.Parent, false)]
    [InlineData(MemberRole.ExtendedFamily, false)]
    public void Without_a_date_of_birth_children_and_siblings_are_treated_as_minors(MemberRole role, bool minor)
    {
        var person = Person(role, born: null);
        Assert.Null(person.AgeOn(Today));
        Assert.Equal(minor, person.IsMinorOn(Today));
    }

    [Fact]
    public void Age_is_derived_from_the_date_of_birth()
    {
        Assert.Equal(41, Person(MemberRole.Parent, new DateOnly(1985, 7, 4)).AgeOn(Today));
    }

    [Theory]
    [InlineData(null, "Robin")]
    [InlineData("  ", "Robin")]
    [InlineData("Bee", "Bee")]
    public void The_name_to_use_is_the_preferred_name_when_there_is_one(string? preferred, string expected)
    {
        Assert.Equal(expected, Person(MemberRole.Parent, null, preferred).NameToUse);
    }
}
