using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Assessments;

/// <summary>Which wording of the family needs check-in a person is asked in.</summary>
public enum CheckInWording
{
    /// <summary>Parents, step-parents, guardians and kinship caregivers.</summary>
    Caregiver,

    /// <summary>Siblings, extended family and other supports aged 12 and over.</summary>
    SiblingOrRelative,
}

public static class CheckInWordings
{
    /// <summary>The wording chosen by the person's place in the family (the minimum age is checked by <see cref="AssessmentEligibility"/>).</summary>
    public static CheckInWording For(MemberRole role) =>
        role is MemberRole.Parent or MemberRole.StepParent or MemberRole.Guardian ? CheckInWording.Caregiver : CheckInWording.SiblingOrRelative;
}
