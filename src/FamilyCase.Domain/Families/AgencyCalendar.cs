namespace FamilyCase.Domain.Families;

/// <summary>Limits on dates people type in.</summary>
public static class AgencyCalendar
{
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);
}
