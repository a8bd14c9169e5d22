using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Tests.Families;

public class FileNumberTests
{
    [Fact]
    public void File_numbers_carry_the_year_and_a_five_digit_sequence()
    {
        Assert.Equal("FC-2026-00042", FileNumber.Format(2026, 42));
    }

    [Theory]
    [InlineData("FC-2026-00042", true)]
    [InlineData("FC-2026-0042", false)]
    [InlineData("fc-2026-00042", false)]
    [InlineData("FC-2026-00042 ", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_well_formed_file_numbers_are_valid(string? value, bool valid)
    {
        Assert.Equal(valid, FileNumber.IsValid(value));
    }
}
