namespace FamilyCase.Domain.Supervision;

/// <summary>The numbers of the team dashboard and of My work; each is one list of records, counted on the dashboard and listed in its drill-down.</summary>
public enum DashboardPanel
{
    SafetyAlerts,
    EmergencyAccess,
    AccessRefusals,
    AwaitingSignOff,
    OverdueCheckIns,
    CourtUnaccompanied,
    DeadlinesSoon,
    ReferralsWaiting,
    PoliceNotSupportive,
    NoRecentContact,
    LongIntake,
    WorkerCaseload,
    OpenedInMonth,
    ClosedInMonth,
    OpenAtMonthEnd,
    CourtDay,
}
