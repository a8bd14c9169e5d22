namespace FamilyCase.Domain.Justice;

public enum ProceedingStatus
{
    Open,
    Stayed,
    Withdrawn,
    Concluded,
}

public static class ProceedingStatuses
{
    /// <summary>
    /// A stay can be lifted (the Crown may recommence within a year) or end the matter; withdrawn and concluded are final:
    /// charges laid again, or an appeal heard as a new matter, are recorded as a new proceeding.
    /// </summary>
    public static readonly StatusMoves<ProceedingStatus> Moves = new(
        new Dictionary<ProceedingStatus, ProceedingStatus[]>
        {
            [ProceedingStatus.Open] = [ProceedingStatus.Stayed, ProceedingStatus.Withdrawn, ProceedingStatus.Concluded],
            [ProceedingStatus.Stayed] = [ProceedingStatus.Open, ProceedingStatus.Concluded],
        },
        from => $"A {from.ToString().ToLowerInvariant()} proceeding cannot change status. If charges were laid again or a new hearing began, please add it as a new proceeding.");
}
