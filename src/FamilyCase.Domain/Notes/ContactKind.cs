namespace FamilyCase.Domain.Notes;

public enum ContactKind
{
    Phone,
    InPerson,
    Virtual,
    CourtAccompaniment,
    Outreach,
}
