using System.Reflection;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Supervision;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Administration;
using FamilyCase.Web.Features.Audit;
using FamilyCase.Web.Features.Caseload;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.CourtCalendar;
using FamilyCase.Web.Features.CourtDocuments;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Intake;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Plans;
using FamilyCase.Web.Features.ReferralReport;

namespace FamilyCase.Web.Tests.Access;

/// <summary>
/// Fills in the parameters of any query or command method, aimed at the victim family, by parameter type and name. A parameter
/// it does not know fails the test with its name, so a new method is never silently left untried.
/// </summary>
internal sealed class Arguments(VictimFamily victim, SignedInStaff caller, FormSamples forms)
{
    private const string Words = "A reason long enough to pass every check.";

    public object?[] For(MethodInfo method) => method.GetParameters().Select(p => For(method, p)).ToArray();

    private object? For(MethodInfo method, ParameterInfo parameter) => (parameter.ParameterType, parameter.Name) switch
    {
        (var t, _) when t == typeof(SignedInStaff) => caller,
        (var t, _) when t == typeof(CancellationToken) => CancellationToken.None,
        (var t, "familyId") when t == typeof(int) => victim.FamilyId,
        (var t, "memberId") when t == typeof(int) => victim.MemberId,
        (var t, "noteId") when t == typeof(int) => victim.NoteId,
        (var t, "assessmentId") when t == typeof(int) => victim.AssessmentId,
        (var t, "alertId") when t == typeof(int) => victim.AlertId,
        (var t, "assignmentId") when t == typeof(int) => victim.AssignmentId,
        (var t, "requestId") when t == typeof(int) => victim.RequestId,
        (var t, "emergencyAccessId") when t == typeof(int) => victim.EmergencyAccessId,
        (var t, "staffId") when t == typeof(int) => forms.AnotherWorkerOfTheTeam,
        (var t, "proceedingId") when t == typeof(int) || t == typeof(int?) => victim.ProceedingId,
        (var t, "courtEventId") when t == typeof(int) || t == typeof(int?) => victim.CourtEventId,
        (var t, "recordId") when t == typeof(int) => victim.RecordIds[method.ReflectedType!.Name],
        (var t, "documentId") when t == typeof(int) => victim.RecordIds[nameof(CourtDocumentCommands)],
        (var t, "today") when t == typeof(DateOnly) => AgencyDay.Today,
        (var t, "day") when t == typeof(DateOnly) => victim.CourtDay,
        (var t, "itemId") when t == typeof(long) => victim.AlertId,
        (var t, _) when t == typeof(DashboardPanel) => DashboardPanel.SafetyAlerts,
        (var t, _) when t == typeof(PanelFilter) => PanelFilter.None,
        (var t, "address") when t == typeof(Func<string, string?>) => (Func<string, string?>)(_ => null),
        (var t, "familyIds") when t == typeof(IReadOnlyCollection<int>) => new[] { victim.FamilyId },
        (var t, _) when t == typeof(CourtDayOptions) => new CourtDayOptions(DocumentAudience.CrownVictimWitness, CourtDayFormat.MergedPdf),
        (var t, _) when t == typeof(IProgress<CourtDayProgress>) => null,
        (var t, "memberId") when t == typeof(int?) => victim.MemberId,
        (var t, "goalId") when t == typeof(int?) => victim.RecordIds[nameof(GoalCommands)],
        (var t, "teamId") when t == typeof(int?) || t == typeof(int) => victim.TeamId,
        (var t, "area") when t == typeof(string) => "Durham",
        (var t, "programId" or "id") when t == typeof(int) => forms.AProgram,
        (var t, "retired") when t == typeof(bool) => true,
        (var t, "domainKey") when t == typeof(string) => "checkin.services",
        (var t, "expectedVersion" or "step" or "page") when t == typeof(int) => 0,
        (var t, "pageSize" or "take") when t == typeof(int) => 50,
        (var t, "value") when t == typeof(int?) => 1,
        (var t, "recordView" or "grant") when t == typeof(bool) => true,
        (var t, "instrumentCode") when t == typeof(string) => Gad7.Code,
        (var t, "itemKey") when t == typeof(string) => "pcl5.1",
        (var t, "noteKey") when t == typeof(string) => FamilyNeedsCheckIn.OwnWordsKey("checkin.wellbeing"),
        (var t, "language") when t == typeof(string) => "English",
        (var t, _) when t == typeof(string) => Words,
        (var t, _) when t == typeof(AnswerKind) => AnswerKind.Answered,
        (var t, _) when t == typeof(AssignmentKind) => AssignmentKind.Secondary,
        (var t, _) when t == typeof(AdministrationMode) => AdministrationMode.WorkerAdministered,
        (var t, _) when t == typeof(MemberForm) => forms.Member(),
        (var t, _) when t == typeof(NoteForm) => forms.Note(),
        (var t, _) when t == typeof(FamilyDetailsForm) => forms.Details(),
        (var t, _) when t == typeof(ConsentForm) => new ConsentForm { MemberId = victim.MemberId, DecidedOn = AgencyDay.TodayAsDateTime, Note = Words },
        (var t, _) when t == typeof(IntakeForm) => forms.Intake(),
        (var t, _) when t == typeof(ProceedingForm) => forms.Proceeding(),
        (var t, _) when t == typeof(CourtEventForm) => forms.CourtEvent(),
        (var t, _) when t == typeof(StatementForm) => forms.Statement(),
        (var t, _) when t == typeof(PoliceContactForm) => forms.PoliceContact(),
        (var t, _) when t == typeof(InformationGivenForm) => forms.Information(),
        (var t, _) when t == typeof(InterviewForm) => forms.Interview(),
        (var t, _) when t == typeof(ApplicationForm) => forms.Application(),
        (var t, _) when t == typeof(StaffForm) => forms.Staff(),
        (var t, _) when t == typeof(GoalForm) => forms.Goal(),
        (var t, _) when t == typeof(ReferralForm) => forms.Referral(),
        (var t, _) when t == typeof(GoalSuggestion) => new GoalSuggestion(victim.AssessmentId, "checkin.services", "Access to services", 2, Words),
        (var t, _) when t == typeof(OrganisationForm) => forms.Organisation(),
        (var t, _) when t == typeof(ProgramForm) => forms.Program(),
        (var t, _) when t == typeof(DirectoryFilter) => new DirectoryFilter(),
        (var t, _) when t == typeof(CourtDocumentRequest) => new CourtDocumentRequest(victim.CourtEventId, [victim.MemberId], DocumentAudience.CrownVictimWitness),
        (var t, _) when t == typeof(CaseloadRequest) => new CaseloadRequest(victim.FileNumber, CaseloadSort.FileNumber, false, 0, 100),
        (var t, _) when t == typeof(NoteFilter) => new NoteFilter(),
        (var t, _) when t == typeof(CalendarRequest) => new CalendarRequest(AgencyDay.Today.AddDays(-1), 30),
        (var t, _) when t == typeof(AuditFilter) => new AuditFilter(),
        _ => throw new InvalidOperationException(
            $"The access test does not know how to fill '{parameter.Name}' ({parameter.ParameterType.Name}) of {method.DeclaringType!.Name}.{method.Name}. Teach Access/Arguments.cs, so the method is tried too."),
    };
}
