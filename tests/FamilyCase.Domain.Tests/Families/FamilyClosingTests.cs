using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Tests.Families;

public sealed class FamilyClosingTests
{
    private static Family OpenFamily() => new() { FileNumber = "FC-2026-00001", DisplayName = "Test family", Status = FamilyStatus.Active, OpenedOn = new(2026, 2, 1) };

    [Fact]
    public void Closing_keeps_the_family_with_its_date_and_reason()
    {
        var family = OpenFamily();

        family.Close(new DateOnly(2026, 10, 1), "  Family's goals met  ");

        Assert.Equal(FamilyStatus.Closed, family.Status);
        Assert.Equal(new DateOnly(2026, 10, 1), family.ClosedOn);
        Assert.Equal("Family's goals met", family.ClosingReason);
    }

    [Fact]
    public void A_file_needs_a_reason_to_close_and_cannot_close_before_it_opened()
    {
        Assert.Throws<ArgumentException>(() => OpenFamily().Close(new DateOnly(2026, 10, 1), " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => OpenFamily().Close(new DateOnly(2026, 1, 1), "Moved away"));
    }

    [Fact]
    public void Reopening_clears_the_closing_details()
    {
        var family = OpenFamily();
        family.Close(new DateOnly(2026, 10, 1), "Moved away");

        family.Reopen(FamilyStatus.Active);

        Assert.Equal(FamilyStatus.Active, family.Status);
        Assert.Null(family.ClosedOn);
        Assert.Null(family.ClosingReason);
    }
}
