namespace FamilyCase.Domain.Directory;

public static class DirectoryWords
{
    public static string Kind(ServiceKind kind) => kind switch
    {
        ServiceKind.Counselling => "Counselling",
        ServiceKind.ParentPeerSupport => "Parent peer support",
        ServiceKind.SiblingSupport => "Sibling support",
        ServiceKind.VictimServices => "Victim services",
        ServiceKind.LegalAdvice => "Legal advice",
        ServiceKind.FinancialHelp => "Financial help",
        ServiceKind.Housing => "Housing",
        ServiceKind.CulturallySpecific => "Culturally specific",
        ServiceKind.IndigenousLed => "Indigenous-led",
        ServiceKind.FrenchLanguage => "French-language services",
        ServiceKind.HealthAndSleep => "Health and sleep",
        ServiceKind.SafetyPlanning => "Safety planning",
        _ => "Other",
    };

    public static string Cost(ServiceCost cost) => cost switch
    {
        ServiceCost.Free => "Free",
        ServiceCost.SlidingScale => "Sliding scale",
        ServiceCost.CoveredByProgram => "Covered by a program (for example VQRP+)",
        _ => "Fee",
    };

    public static string Route(ReferralRoute route) => route switch
    {
        ReferralRoute.AgencyReferral => "The agency refers (shares the person's information)",
        _ => "The person refers themselves",
    };

    public static string Wait(int? days) => days switch
    {
        null => "Wait not known",
        0 => "No wait",
        1 => "About 1 day",
        < 14 => $"About {days} days",
        _ => $"About {Math.Round(days.Value / 7.0)} weeks",
    };
}
