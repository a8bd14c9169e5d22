namespace FamilyCase.Web.Features.Shared;

/// <summary>The date a record's present status began, worked out the same way for every record with a status.</summary>
public static class StatusDate
{
    /// <summary>
    /// When the status moves and the person left the date as it was saved (or cleared it), the move is dated today; otherwise the
    /// date they gave counts. A status that stays keeps its saved date unless the person changed it.
    /// </summary>
    public static DateOnly Of<TStatus>(TStatus saved, TStatus chosen, DateOnly? savedOn, DateTime? givenOn, DateOnly today)
        where TStatus : struct, Enum
    {
        var given = FormDates.DateOf(givenOn);
        var moved = !saved.Equals(chosen);
        return moved && (given is null || given == savedOn) ? today : given ?? savedOn ?? today;
    }
}
