using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Supervision;

namespace FamilyCase.Domain.Access;

/// <summary>
/// The one rule for who may see which family records and who may do what. Every query of family data starts from
/// these methods, and pages (what is shown) and commands (what is allowed) call the same named permissions,
/// so the database, the screens and the tests apply exactly the same rule.
/// Caseworkers: families where they hold an active primary or secondary assignment, or a live emergency access.
/// Supervisors: every family of their team. Court support: their team's families with an open proceeding and any family
/// assigned to them for court support; the Justice tab in full, never confidential notes, assessments or safe contact.
/// Administrators: no case content.
/// </summary>
public static class FamilyAccessPolicy
{
    /// <summary>Works with families at all: everyone but administrators.</summary>
    public static bool SeesCaseContent(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor or StaffRole.CourtSupport;

    /// <summary>Changes family details, members, notes, consent decisions and assessments.</summary>
    public static bool MayEdit(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    /// <summary>
    /// Records what happens around a court date: attendance and accompaniment, accommodations, victim impact statements'
    /// progress, information given and outcomes. Court-support staff may do this; proceedings, court dates' time and place,
    /// police contacts, interviews and applications stay with those who <see cref="MayEdit"/>.
    /// </summary>
    public static bool MayRecordCourtDay(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor or StaffRole.CourtSupport;

    /// <summary>Opens a new family file; the file belongs to the person's team, so they need one.</summary>
    public static bool MayOpenFamilyFiles(StaffScope scope) => MayEdit(scope.Role) && scope.TeamId is not null;

    /// <summary>Assigns and reassigns workers (and so chooses the primary worker at intake).</summary>
    public static bool MayAssign(StaffRole role) => role is StaffRole.Supervisor;

    /// <summary>Signs off a completed assessment; never one they gave themselves.</summary>
    public static bool MaySignOff(StaffScope scope, int administeredByStaffId) => MayReviewAssessments(scope.Role) && administeredByStaffId != scope.StaffId;

    /// <summary>Sees the review panel and acknowledges safety alerts.</summary>
    public static bool MayReviewAssessments(StaffRole role) => role is StaffRole.Supervisor;

    public static bool MayReadAuditTrail(StaffRole role) => role is StaffRole.Supervisor;

    /// <summary>Opens a family outside their caseload in an emergency; <see cref="EmergencyAccessRules"/> says when.</summary>
    public static bool MayBreakGlass(StaffRole role) => role is StaffRole.Caseworker;

    /// <summary>Grants or declines requests for emergency access, and acknowledges emergency access, for their own team.</summary>
    public static bool MayOverseeEmergencyAccess(StaffScope scope) => scope is { Role: StaffRole.Supervisor, TeamId: not null };

    public static bool SeesConfidentialNotes(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    /// <summary>Assessments are case content for the family's workers and supervisor; court documents read finished check-ins for court support through <see cref="CheckInsForCourtDocuments"/>.</summary>
    public static bool SeesAssessments(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    /// <summary>Phone, email, address, code word, and whether a person has safety notes at all.</summary>
    public static bool SeesSafeContact(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    /// <summary>The free-text reasons supervisors give when they assign or reassign.</summary>
    public static bool SeesAssignmentReasons(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    /// <summary>Plan goals and referrals are case content for the family's workers and supervisor; court documents read referrals for court support through <see cref="ReferralsForCourtDocuments"/>.</summary>
    public static bool SeesPlans(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    /// <summary>Keeps the service directory: administrators, and supervisors when the agency's setting allows it.</summary>
    public static bool MayManageDirectory(StaffRole role, bool supervisorsMayManage) =>
        role is StaffRole.Administrator || (supervisorsMayManage && role is StaffRole.Supervisor);

    /// <summary>Reads the referral report: supervisors (their team, or the agency) and administrators (aggregates only).</summary>
    public static bool MayReadReferralReport(StaffScope scope) => scope.Role is StaffRole.Administrator || scope is { Role: StaffRole.Supervisor, TeamId: not null };

    /// <summary>The readings of the report a person may choose: a supervisor their own team or the agency; an administrator any team or the agency.</summary>
    public static bool MayReadReferralReportOf(StaffScope scope, int? teamId) => MayReadReferralReport(scope)
        && (teamId is null || scope.Role is StaffRole.Administrator || teamId == scope.TeamId);

    /// <summary>
    /// Exact figures only for a supervisor reading their own team, whose families they see anyway; every other reading
    /// (an administrator, or the agency or another team) hides small counts that could point to a family.
    /// </summary>
    public static bool SeesExactReferralFigures(StaffScope scope, int? teamId) => scope is { Role: StaffRole.Supervisor, TeamId: { } own } && teamId == own;

    /// <summary>Court documents are made by those who work with the family in court; administrators never see case content.</summary>
    public static bool MayGenerateCourtDocuments(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor or StaffRole.CourtSupport;

    /// <summary>Manages staff accounts, roles and teams.</summary>
    public static bool MayAdministerStaff(StaffRole role) => role is StaffRole.Administrator;

    /// <summary>
    /// Which numbers a person's home page shows: a supervisor their team's dashboard, with the caseload per worker, emergency
    /// access and refused access; a caseworker the same for their own families (My work); court support their court days only;
    /// an administrator none.
    /// </summary>
    public static bool SeesDashboardPanel(StaffScope scope, DashboardPanel panel) => panel switch
    {
        DashboardPanel.CourtDay => scope.Role is StaffRole.CourtSupport,
        DashboardPanel.EmergencyAccess => MayOverseeEmergencyAccess(scope),
        DashboardPanel.AccessRefusals => MayAcknowledgeAccessRefusals(scope),
        DashboardPanel.WorkerCaseload => scope is { Role: StaffRole.Supervisor, TeamId: not null },
        _ => scope.Role is StaffRole.Caseworker || scope is { Role: StaffRole.Supervisor, TeamId: not null },
    };

    /// <summary>Looks at, and acknowledges, refused attempts by their own team's staff to open records.</summary>
    public static bool MayAcknowledgeAccessRefusals(StaffScope scope) => scope is { Role: StaffRole.Supervisor, TeamId: not null };

    /// <summary>The role a person must have to hold an assignment of this kind.</summary>
    public static StaffRole RoleFor(AssignmentKind kind) => kind == AssignmentKind.CourtSupport ? StaffRole.CourtSupport : StaffRole.Caseworker;

    /// <remarks>
    /// Assignments are matched with <c>Id IN (subquery)</c> rather than a correlated <c>EXISTS</c>, so the database starts from
    /// the person's few assignments instead of testing every family: at 100,000 families that is the difference
    /// between a full scan and a handful of index lookups.
    /// </remarks>
    public static IQueryable<Family> VisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc)
    {
        var staffId = scope.StaffId;
        switch (scope.Role)
        {
            case StaffRole.Caseworker:
                var assigned = families.SelectMany(f => f.Assignments)
                    .Where(a => a.StaffMemberId == staffId && a.EndedAtUtc == null && (a.Kind == AssignmentKind.Primary || a.Kind == AssignmentKind.Secondary))
                    .Select(a => a.FamilyId);
                var granted = families.SelectMany(f => f.EmergencyAccesses)
                    .Where(EmergencyAccess.LiveFor(staffId, nowUtc))
                    .Select(e => e.FamilyId);
                return families.Where(f => assigned.Contains(f.Id) || granted.Contains(f.Id));
            case StaffRole.Supervisor when scope.TeamId is { } teamId:
                return families.Where(f => f.TeamId == teamId);
            case StaffRole.CourtSupport:
                var supported = families.SelectMany(f => f.Assignments)
                    .Where(a => a.StaffMemberId == staffId && a.EndedAtUtc == null && a.Kind == AssignmentKind.CourtSupport)
                    .Select(a => a.FamilyId);
                if (scope.TeamId is not { } courtTeamId)
                {
                    return families.Where(f => supported.Contains(f.Id));
                }

                // The team's families are few, so each is checked for an open proceeding (EXISTS on the proceeding's family index),
                // rather than listing every family in court across the agency.
                return families.Where(f => supported.Contains(f.Id) || (f.TeamId == courtTeamId && f.Proceedings.Any(p => p.Status == ProceedingStatus.Open)));
            default:
                return families.Where(f => false);
        }
    }

    public static IQueryable<FamilyMember> MembersVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Members);

    /// <summary>The members whose edit form (with safe contact and safety notes) the person may open.</summary>
    public static IQueryable<FamilyMember> MembersEditableBy(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesSafeContact(scope.Role) && MayEdit(scope.Role) ? families.MembersVisibleTo(scope, nowUtc) : families.Where(f => false).SelectMany(f => f.Members);

    public static IQueryable<ContactNote> NotesVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc)
    {
        var notes = families.VisibleTo(scope, nowUtc).SelectMany(f => f.Notes);
        return SeesConfidentialNotes(scope.Role) ? notes : notes.Where(n => !n.Confidential);
    }

    public static IQueryable<Consent> ConsentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.MembersVisibleTo(scope, nowUtc).SelectMany(m => m.Consents);

    public static IQueryable<Assessment> AssessmentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesAssessments(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.Assessments) : families.Where(f => false).SelectMany(f => f.Assessments);

    public static IQueryable<SafetyAlert> SafetyAlertsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesAssessments(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.SafetyAlerts) : families.Where(f => false).SelectMany(f => f.SafetyAlerts);

    public static IQueryable<FamilyAssignment> AssignmentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Assignments);

    public static IQueryable<LegalProceeding> ProceedingsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Proceedings);

    public static IQueryable<CourtEvent> CourtEventsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.CourtEvents);

    public static IQueryable<VictimImpactStatement> StatementsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Statements);

    public static IQueryable<PoliceContact> PoliceContactsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.PoliceContacts);

    public static IQueryable<InformationGiven> InformationGivenVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.InformationGiven);

    public static IQueryable<Interview> InterviewsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Interviews);

    public static IQueryable<JusticeApplication> ApplicationsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Applications);

    public static IQueryable<PlanGoal> GoalsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesPlans(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.Goals) : families.Where(f => false).SelectMany(f => f.Goals);

    public static IQueryable<DeclinedSuggestion> DeclinedSuggestionsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesPlans(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.DeclinedSuggestions) : families.Where(f => false).SelectMany(f => f.DeclinedSuggestions);

    public static IQueryable<GeneratedDocument> GeneratedDocumentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        MayGenerateCourtDocuments(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.GeneratedDocuments) : families.Where(f => false).SelectMany(f => f.GeneratedDocuments);

    /// <summary>
    /// What a court document reads of a family's referrals: court-support staff do not see plans on screen, but the summary they
    /// print lists each person's services and where they stand (never the outcome text), so the court sees the support in place.
    /// </summary>
    public static IQueryable<Referral> ReferralsForCourtDocuments(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        MayGenerateCourtDocuments(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.Referrals) : families.Where(f => false).SelectMany(f => f.Referrals);

    /// <summary>
    /// What a court document reads of assessments: finished family needs check-ins only, from which the redaction policy prints set
    /// words for a few areas, and only with the person's consent to share with the court. No screening instrument is ever read.
    /// </summary>
    public static IQueryable<Assessment> CheckInsForCourtDocuments(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        MayGenerateCourtDocuments(scope.Role)
            ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.Assessments).Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code && a.Status != AssessmentStatus.Draft)
            : families.Where(f => false).SelectMany(f => f.Assessments);

    public static IQueryable<Referral> ReferralsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesPlans(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.Referrals) : families.Where(f => false).SelectMany(f => f.Referrals);

    /// <summary>
    /// The referrals the referral report counts: one team's (starting from its families), or the agency's when no team is given.
    /// Only aggregates leave the report, and <see cref="SeesExactReferralFigures"/> says when small counts are hidden.
    /// </summary>
    public static IQueryable<Referral> CountedInReferralReport(this IQueryable<Referral> all, IQueryable<Family> families, StaffScope scope, int? teamId) =>
        !MayReadReferralReportOf(scope, teamId) ? all.Where(r => false)
        : teamId is { } team ? families.Where(f => f.TeamId == team).SelectMany(f => f.Referrals)
        : all;

    /// <summary>The active goals the referral report counts as needs, under the same rule as <see cref="CountedInReferralReport(IQueryable{Referral}, IQueryable{Family}, StaffScope, int?)"/>.</summary>
    public static IQueryable<PlanGoal> CountedInReferralReport(this IQueryable<PlanGoal> all, IQueryable<Family> families, StaffScope scope, int? teamId) =>
        !MayReadReferralReportOf(scope, teamId) ? all.Where(g => false)
        : teamId is { } team ? families.Where(f => f.TeamId == team).SelectMany(f => f.Goals)
        : all;

    /// <summary>
    /// Emergency access a supervisor oversees: grants by their own team's caseworkers (wherever the family is) and grants
    /// to their team's families (whoever made them). A caseworker sees their own. Nobody else sees any.
    /// </summary>
    public static IQueryable<EmergencyAccess> EmergencyAccessOverseenBy(this IQueryable<EmergencyAccess> grants, StaffScope scope) => scope switch
    {
        { Role: StaffRole.Supervisor, TeamId: { } teamId } => grants.Where(g => g.StaffTeamId == teamId || g.FamilyTeamId == teamId),
        { Role: StaffRole.Caseworker } => grants.Where(g => g.StaffMemberId == scope.StaffId),
        _ => grants.Where(g => false),
    };

    /// <summary>
    /// Refused attempts to open records a supervisor oversees: those made by staff of their own team. A refusal names the record
    /// asked for, never its family, so nothing of another team's family shows.
    /// </summary>
    /// <remarks>The team's staff are matched with <c>IN (subquery)</c>, so the database reads each one's recent events from the actor index.</remarks>
    public static IQueryable<AuditEvent> AccessRefusalsOverseenBy(this IQueryable<AuditEvent> events, IQueryable<StaffMember> staff, StaffScope scope)
    {
        if (!MayAcknowledgeAccessRefusals(scope))
        {
            return events.Where(e => false);
        }

        var team = staff.Where(s => s.TeamId == scope.TeamId).Select(s => (int?)s.Id);
        return events.Where(e => team.Contains(e.ActorStaffId) && e.Action == AuditAction.AccessRefused);
    }

    /// <summary>Requests for emergency access: a supervisor decides those for their team's families; a caseworker sees their own.</summary>
    public static IQueryable<EmergencyAccessRequest> EmergencyRequestsVisibleTo(this IQueryable<EmergencyAccessRequest> requests, StaffScope scope) => scope switch
    {
        { Role: StaffRole.Supervisor, TeamId: { } teamId } => requests.Where(r => r.FamilyTeamId == teamId),
        { Role: StaffRole.Caseworker } => requests.Where(r => r.StaffMemberId == scope.StaffId),
        _ => requests.Where(r => false),
    };
}
