using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Assessments;

/// <summary>Who may be given which instrument in FamilyCase.</summary>
public static class AssessmentEligibility
{
    /// <summary>
    /// Why this person is not given this instrument, or null. The identified child's clinical care is recorded elsewhere;
    /// each instrument has a minimum age; a child or sibling whose age is unknown is treated as a minor.
    /// </summary>
    public static string? WhyNot(FamilyMember member, InstrumentDefinition instrument, DateOnly today, AssessmentRules rules)
    {
        if (member.Role == MemberRole.IdentifiedChild)
        {
            return "FamilyCase does not assess the identified child: their clinical and child-protection records belong with the services caring for them.";
        }

        var minimum = rules.MinimumAge(instrument.Code);
        return member.AgeOn(today) switch
        {
            { } age when age < minimum => $"The {instrument.ShortTitle} is for people aged {minimum} and over.",
            null when member.IsMinorOn(today) => $"Please record their date of birth first: the {instrument.ShortTitle} is for people aged {minimum} and over.",
            _ => null,
        };
    }
}
