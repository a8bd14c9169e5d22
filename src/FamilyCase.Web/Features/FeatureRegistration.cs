using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Administration;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Audit;
using FamilyCase.Web.Features.Caseload;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.CourtCalendar;
using FamilyCase.Web.Features.CourtDocuments;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Intake;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Plans;
using FamilyCase.Web.Features.ReferralReport;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddFamilyCaseFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AgencySettings.Time(configuration));
        services.AddSingleton(AgencySettings.EmergencyAccess(configuration));
        services.AddSingleton(AssessmentSettings.From(configuration));
        services.AddSingleton(InstrumentCatalog.Standard);
        services.AddSingleton<MemberRules>();
        services.AddSingleton<NoteRules>();
        services.AddSingleton<ConsentRules>();
        services.AddSingleton<FamilyDetailsRules>();
        services.AddSingleton<AssessmentTextRules>();
        services.AddSingleton<SafeSave>();
        var justice = JusticeSettings.From(configuration);
        services.AddSingleton(justice);
        services.AddSingleton(justice.Deadlines);
        services.AddSingleton<ProceedingRules>();
        services.AddSingleton<CourtEventRules>();
        services.AddSingleton(DirectorySettings.From(configuration));
        services.AddSingleton(CourtDocumentSettings.From(configuration));
        services.AddSingleton<CourtDocumentSources>();
        services.AddSingleton(DashboardSettings.From(configuration));

        services.AddScoped<CaseloadQuery>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<DashboardCommands>();
        services.AddScoped<StaffListQuery>();
        services.AddScoped<StaffCommands>();
        services.AddScoped<TeamAreaCommands>();
        services.AddScoped<FamilyFileQuery>();
        services.AddScoped<OverviewQuery>();
        services.AddScoped<AssignmentCommands>();
        services.AddScoped<FamilyDetailsCommands>();
        services.AddScoped<EmergencyAccessCommands>();
        services.AddScoped<EmergencyAccessQuery>();
        services.AddScoped<MemberCommands>();
        services.AddScoped<NotesQuery>();
        services.AddScoped<NoteCommands>();
        services.AddScoped<ConsentQuery>();
        services.AddScoped<ConsentCommands>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<IntakeCommand>();
        services.AddScoped<AssessmentQuery>();
        services.AddScoped<AssessmentCommands>();
        services.AddScoped<MemberAssessmentsQuery>();
        services.AddScoped<FamilyAssessmentsQuery>();
        services.AddScoped<JusticeTabQuery>();
        services.AddScoped<ProceedingCommands>();
        services.AddScoped<CourtEventCommands>();
        services.AddScoped<StatementCommands>();
        services.AddScoped<PoliceContactCommands>();
        services.AddScoped<InformationGivenCommands>();
        services.AddScoped<InterviewCommands>();
        services.AddScoped<ApplicationCommands>();
        services.AddScoped<CourtCalendarQuery>();
        services.AddScoped<CalendarFeedCommands>();
        services.AddScoped<DirectoryQuery>();
        services.AddScoped<DirectoryCommands>();
        services.AddScoped<PlanQuery>();
        services.AddScoped<GoalCommands>();
        services.AddScoped<ReferralCommands>();
        services.AddScoped<ReferralReportQuery>();
        services.AddScoped<CourtDocumentQuery>();
        services.AddScoped<CourtDocumentCommands>();
        return services;
    }
}
