namespace FamilyCase.Domain.Justice;

/// <summary>The plain words the screens use for justice records.</summary>
public static class JusticeWords
{
    public static string Proceeding(ProceedingKind kind) => kind switch
    {
        ProceedingKind.CriminalProsecution => "Criminal prosecution",
        ProceedingKind.YouthCriminalJustice => "Youth criminal justice",
        ProceedingKind.ChildProtection => "Child protection (CYFSA)",
        ProceedingKind.FamilyCourt => "Family court",
        ProceedingKind.TraffickingRestrainingOrder => "Restraining order (Human Trafficking Act)",
        _ => "Civil",
    };

    public static string Status(ProceedingStatus status) => status switch
    {
        ProceedingStatus.Open => "Open",
        ProceedingStatus.Stayed => "Stayed",
        ProceedingStatus.Withdrawn => "Withdrawn",
        _ => "Concluded",
    };

    public static string Event(CourtEventKind kind) => kind switch
    {
        CourtEventKind.BailHearing => "Bail hearing",
        CourtEventKind.FirstAppearance => "First appearance",
        CourtEventKind.CaseManagement => "Case management",
        CourtEventKind.PreliminaryInquiry => "Preliminary inquiry",
        CourtEventKind.PreTrial => "Pre-trial",
        CourtEventKind.Trial => "Trial",
        CourtEventKind.Sentencing => "Sentencing",
        CourtEventKind.Appeal => "Appeal",
        CourtEventKind.FamilyCourtAppearance => "Family-court appearance",
        _ => "Child-protection appearance",
    };

    public static string Role(AttendanceRole role) => role switch
    {
        AttendanceRole.Complainant => "Complainant",
        AttendanceRole.Witness => "Witness",
        AttendanceRole.SupportPerson => "Support person",
        _ => "Observer",
    };

    public static string Accommodation(AccommodationKind kind)
    {
        var words = kind switch
        {
            AccommodationKind.ExclusionOfPublic => "Public excluded",
            AccommodationKind.SupportPerson => "Support person",
            AccommodationKind.CctvOrScreen => "CCTV or screen",
            AccommodationKind.NoPersonalCrossExamination => "No cross-examination by the accused in person",
            AccommodationKind.IdentityNonDisclosure => "Identity not disclosed",
            AccommodationKind.PublicationBan => "Publication ban",
            AccommodationKind.VideoRecordedStatement => "Video-recorded statement",
            AccommodationKind.CommunicationIntermediary => "Communication intermediary",
            AccommodationKind.Interpreter => "Interpreter",
            AccommodationKind.Breaks => "Breaks",
            _ => "Quiet waiting room",
        };
        return AccommodationKinds.Section(kind) is { } section ? $"{words} ({section})" : words;
    }

    public static string Condition(ConditionKind kind) => kind switch
    {
        ConditionKind.NoContact => "No-contact condition",
        ConditionKind.StayAway => "Stay-away condition",
        _ => "Other protective condition",
    };

    public static string AccommodationStatus(AccommodationStatus status) => status.ToString();

    public static string Statement(StatementStatus status) => status switch
    {
        StatementStatus.ReadInCourt => "Read in court",
        StatementStatus.FiledInWriting => "Filed in writing",
        _ => status.ToString(),
    };

    public static string Format(StatementFormat format) => format switch
    {
        StatementFormat.ReadAloud => "Read aloud",
        StatementFormat.WithDrawing => "With a drawing",
        _ => format.ToString(),
    };

    public static string Experience(PoliceExperience experience) => experience switch
    {
        PoliceExperience.NotSupported => "Not supported",
        _ => experience.ToString(),
    };

    public static string Topic(InformationTopic topic) => topic switch
    {
        InformationTopic.RightsAndServices => "Rights and services",
        InformationTopic.CourtDates => "Court dates",
        InformationTopic.BailConditionsAndRelease => "Bail conditions and release",
        InformationTopic.VictimServices => "Victim services",
        InformationTopic.InvestigationAndCharges => "Investigation and charges",
        _ => topic.ToString(),
    };

    public static string Method(InformationMethod method) => method == InformationMethod.InPerson ? "In person" : method.ToString();

    public static string Interview(InterviewKind kind) => kind switch
    {
        InterviewKind.ChildAdvocacyCentre => "Child advocacy centre (forensic)",
        InterviewKind.ChildProtection => "Child protection",
        _ => kind.ToString(),
    };

    public static string Application(ApplicationKind kind) => kind switch
    {
        ApplicationKind.VqrpImmediateNeeds => "VQRP+ immediate needs",
        ApplicationKind.VqrpCounselling => "VQRP+ counselling",
        ApplicationKind.VqrpSeriousInjury => "VQRP+ serious injury",
        ApplicationKind.CriminalInjuriesCompensation => "Criminal injuries compensation",
        ApplicationKind.RestitutionOrder => "Restitution order",
        _ => "Other application",
    };

    public static string ApplicationState(ApplicationStatus status) => status switch
    {
        ApplicationStatus.NotStarted => "Not started",
        ApplicationStatus.InProgress => "In progress",
        _ => status.ToString(),
    };
}
