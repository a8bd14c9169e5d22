using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Access;

/// <summary>The access policy in plain words, for each role: what their home page lists and why a family file is refused.</summary>
public static class ScopeWords
{
    public static string HomeHeading(StaffRole role) => role switch
    {
        StaffRole.Supervisor => "Team dashboard",
        StaffRole.CourtSupport => "My court days",
        StaffRole.Administrator => "Home",
        _ => "My work",
    };

    public static string CaseloadHeading(StaffRole role) => role switch
    {
        StaffRole.Supervisor => "Team caseload",
        StaffRole.CourtSupport => "Court support families",
        StaffRole.Administrator => "Home",
        _ => "My caseload",
    };

    public static string HomeIntroduction(StaffRole role) => role switch
    {
        StaffRole.Supervisor => "Every family your team is working with.",
        StaffRole.CourtSupport => "Families you are supporting through court.",
        StaffRole.Administrator => "Administrators look after staff accounts and agency settings; family files are not shown to this role, to protect families' privacy.",
        _ => "The families you are working with.",
    };

    public static string FamilyRefused(StaffRole role) => role switch
    {
        StaffRole.Administrator => "Administrators look after accounts and settings; family files are not shown to this role, to protect families' privacy.",
        StaffRole.CourtSupport => "This family is not one you are supporting in court. If you should be, please ask the family's supervisor to assign you.",
        _ => "This family is not in your caseload. If you believe you should work with them, please speak with your supervisor.",
    };
}
