namespace FamilyCase.Domain.Justice;

public enum AccommodationStatus
{
    Requested,
    Granted,
    Refused,
    Withdrawn,
    Used,
}

public static class AccommodationStatuses
{
    /// <summary>A request is decided or withdrawn; a granted aid is used or withdrawn; a refused one may be asked for again.</summary>
    public static readonly StatusMoves<AccommodationStatus> Moves = new(
        new Dictionary<AccommodationStatus, AccommodationStatus[]>
        {
            [AccommodationStatus.Requested] = [AccommodationStatus.Granted, AccommodationStatus.Refused, AccommodationStatus.Withdrawn],
            [AccommodationStatus.Granted] = [AccommodationStatus.Used, AccommodationStatus.Withdrawn],
            [AccommodationStatus.Refused] = [AccommodationStatus.Requested],
            [AccommodationStatus.Withdrawn] = [AccommodationStatus.Requested],
        },
        from => from == AccommodationStatus.Used
            ? "An accommodation that was used stays recorded as used. For the next date, please add it again."
            : $"A {from.ToString().ToLowerInvariant()} accommodation cannot move to that status.");
}
