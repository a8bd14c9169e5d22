using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Plans;

/// <summary>Whose goals and referrals FamilyCase keeps: everyone in the family but the identified child.</summary>
public static class PlanEligibility
{
    public static string? WhyNot(MemberRole role) => role == MemberRole.IdentifiedChild
        ? "FamilyCase plans support for the family around the child; the child's own services are planned with the services caring for them."
        : null;

    public static bool HasPlan(MemberRole role) => WhyNot(role) is null;
}
