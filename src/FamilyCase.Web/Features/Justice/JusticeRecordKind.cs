namespace FamilyCase.Web.Features.Justice;

public enum JusticeRecordKind
{
    PoliceContact,
    Information,
    Interview,
    Application,
}
