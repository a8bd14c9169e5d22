using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Notes;

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
        Assessment a => ("Assessment", a.FamilyId, a.Id),
        AssessmentAnswer a => ("AssessmentAnswer", a.FamilyId, a.Id),
        SafetyAlert a => ("SafetyAlert", a.FamilyId, a.Id),
        _ => null,
    };

    public static bool IsAudited(object entity) => Describe(entity) is not null;
}
