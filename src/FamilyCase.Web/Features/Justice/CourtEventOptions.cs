namespace FamilyCase.Web.Features.Justice;

public sealed record ProceedingChoice(int Id, string Label, DateOnly OpenedOn);

public sealed record StaffChoice(int Id, string Name);

/// <summary>
/// What the court-date dialog offers: the family's proceedings, the staff who may go with a member, and for each proceeding
/// the members who testify at its other dates (for the support-person warning).
/// </summary>
public sealed record CourtEventOptions(IReadOnlyList<ProceedingChoice> Proceedings, IReadOnlyList<StaffChoice> Staff, IReadOnlyDictionary<int, IReadOnlySet<int>> WitnessesElsewhere)
{
    public static readonly CourtEventOptions None = new([], [], new Dictionary<int, IReadOnlySet<int>>());
}
