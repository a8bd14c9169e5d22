namespace FamilyCase.Domain.Families;

/// <summary>A person's place in the family unit the agency supports.</summary>
public enum MemberRole
{
    IdentifiedChild,
    Parent,
    StepParent,
    Guardian,
    Sibling,
    ExtendedFamily,
    OtherSupport,
}
