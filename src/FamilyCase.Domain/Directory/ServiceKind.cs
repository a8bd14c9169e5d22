namespace FamilyCase.Domain.Directory;

/// <summary>What a program offers. A program may offer several; a referral is made for one.</summary>
public enum ServiceKind
{
    Counselling,
    ParentPeerSupport,
    SiblingSupport,
    VictimServices,
    LegalAdvice,
    FinancialHelp,
    Housing,
    CulturallySpecific,
    IndigenousLed,
    FrenchLanguage,
    HealthAndSleep,
    SafetyPlanning,
    Other,
}
