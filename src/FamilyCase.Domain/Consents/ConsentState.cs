namespace FamilyCase.Domain.Consents;

public enum ConsentState
{
    NotRecorded,
    Given,
    Withdrawn,
    Expired,
}
