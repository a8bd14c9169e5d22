namespace FamilyCase.Domain.Families;

public enum AssignmentKind
{
    Primary,
    Secondary,
    CourtSupport,
}
