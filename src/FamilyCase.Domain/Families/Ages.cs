namespace FamilyCase.Domain.Families;

public static class Ages
{
    /// <summary>Whole years from <paramref name="born"/> to <paramref name="day"/>; someone born on 29 February turns a year older on 1 March in common years.</summary>
    public static int YearsBetween(DateOnly born, DateOnly day)
    {
        if (day < born)
        {
            throw new ArgumentOutOfRangeException(nameof(day), "The day is before the date of birth.");
        }

        var years = day.Year - born.Year;
        var birthdayReached = day.Month > born.Month || (day.Month == born.Month && day.Day >= born.Day);
        return birthdayReached ? years : years - 1;
    }
}
