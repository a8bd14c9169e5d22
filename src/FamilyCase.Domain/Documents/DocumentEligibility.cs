using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Documents;

public static class DocumentEligibility
{
    /// <summary>
    /// Court documents are for the family around the child; the identified child is supported in court by victim/witness
    /// staff and appears in a family's documents only by initials.
    /// </summary>
    public static bool MayBeFor(FamilyMember member) => MayBeFor(member.Role);

    public static bool MayBeFor(MemberRole role) => role != MemberRole.IdentifiedChild;
}
