using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Plans;

namespace FamilyCase.Data.Auditing;

/// <summary>The family records whose every change is audited, and how each names its family and itself.</summary>
internal static class AuditedRecords
{
    public static (string RecordType, int FamilyId, int Id)? Describe(object entity) => entity switch
    {
        Family f => ("Family", f.Id, f.Id),
        FamilyMember m => ("Member", m.FamilyId, m.Id),
        ContactNote n => ("Note", n.FamilyId, n.Id),
        Consent c => ("Consent", c.FamilyId, c.Id),
        FamilyAssignment a => ("Assignment", a.FamilyId, a.Id),
        EmergencyAccess e => ("EmergencyAccess", e.FamilyId, e.Id),
        EmergencyAccessRequest r => ("EmergencyAccessRequest", r.FamilyId, r.Id),
        Assessment a => ("Assessment", a.FamilyId, a.Id),
        AssessmentAnswer a => ("AssessmentAnswer", a.FamilyId, a.Id),
        SafetyAlert a => ("SafetyAlert", a.FamilyId, a.Id),
        LegalProceeding p => ("Proceeding", p.FamilyId, p.Id),
        Charge c => ("Charge", c.FamilyId, c.Id),
        PublicationBan b => ("PublicationBan", b.FamilyId, b.Id),
        CourtCondition c => ("CourtCondition", c.FamilyId, c.Id),
        CourtEvent e => ("CourtEvent", e.FamilyId, e.Id),
        CourtAttendance a => ("CourtAttendance", a.FamilyId, a.Id),
        Accommodation a => ("Accommodation", a.FamilyId, a.Id),
        VictimImpactStatement s => ("VictimImpactStatement", s.FamilyId, s.Id),
        PoliceContact p => ("PoliceContact", p.FamilyId, p.Id),
        InformationGiven i => ("InformationGiven", i.FamilyId, i.Id),
        Interview i => ("Interview", i.FamilyId, i.Id),
        JusticeApplication a => ("Application", a.FamilyId, a.Id),
        PlanGoal g => ("Goal", g.FamilyId, g.Id),
        GoalAction a => ("GoalAction", a.FamilyId, a.Id),
        DeclinedSuggestion d => ("DeclinedSuggestion", d.FamilyId, d.Id),
        Referral r => ("Referral", r.FamilyId, r.Id),
        ReferralStep s => ("ReferralStep", s.FamilyId, s.Id),
        _ => null,
    };

    public static bool IsAudited(object entity) => Describe(entity) is not null;

    /// <summary>What the audit event of a new record says beyond its id: the stated reason for emergency access, never case content.</summary>
    public static string? CreatedDetail(object entity) => entity switch
    {
        EmergencyAccess { GrantedByStaffId: null } e => $"Opened the file in an emergency. Reason: {e.Reason}",
        EmergencyAccess e => $"Emergency access granted by a supervisor. Reason: {e.Reason}",
        EmergencyAccessRequest r => $"Asked for emergency access. Reason: {r.Reason}",
        _ => null,
    };
}
