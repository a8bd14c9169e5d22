using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Tests.Families;

public class AgesTests
{
    [Theory]
    [InlineData("2010-06-15", "2026-06-14", 15)]
    [InlineData("2010-06-15", "2026-06-15", 16)]
    [InlineData("2010-06-15", "2026-06-16", 16)]
    [InlineData("2010-06-15", "2010-06-15", 0)]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("1950-12-31", "2026-01-01", 75)]
    public void Age_counts_whole_years_and_changes_on_the_birthday(string born, string day, int expected)
    {
        Assert.Equal(expected, Ages.YearsBetween(DateOnly.Parse(born), DateOnly.Parse(day)));
    }

    [Fact]
    public void A_day_before_birth_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ages.YearsBetween(new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 1)));
    }
}
