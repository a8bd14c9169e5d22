namespace FamilyCase.Domain.Justice;

public enum CourtEventKind
{
    BailHearing,
    FirstAppearance,
    CaseManagement,
    PreliminaryInquiry,
    PreTrial,
    Trial,
    Sentencing,
    Appeal,
    FamilyCourtAppearance,
    ChildProtectionAppearance,
}
