using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Access;

/// <summary>
/// The one rule for who may see which family records. Every query of family data starts from these methods,
/// so the database and the tests apply exactly the same rule.
/// Caseworkers: families where they hold an active primary or secondary assignment, or a live emergency access.
/// Supervisors: every family of their team. Court support: families assigned to them for court support
/// (until proceedings are recorded), never confidential notes. Administrators: no case content.
/// </summary>
public static class FamilyAccessPolicy
{
    public static bool SeesConfidentialNotes(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    public static bool MayEdit(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

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
                    .Where(e => e.StaffMemberId == staffId && e.ExpiresAtUtc > nowUtc)
                    .Select(e => e.FamilyId);
                return families.Where(f => assigned.Contains(f.Id) || granted.Contains(f.Id));
            case StaffRole.Supervisor when scope.TeamId is { } teamId:
                return families.Where(f => f.TeamId == teamId);
            case StaffRole.CourtSupport:
                var supported = families.SelectMany(f => f.Assignments)
                    .Where(a => a.StaffMemberId == staffId && a.EndedAtUtc == null && a.Kind == AssignmentKind.CourtSupport)
                    .Select(a => a.FamilyId);
                return families.Where(f => supported.Contains(f.Id));
            default:
                return families.Where(f => false);
        }
    }

    public static IQueryable<FamilyMember> MembersVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Members);

    public static IQueryable<ContactNote> NotesVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc)
    {
        var notes = families.VisibleTo(scope, nowUtc).SelectMany(f => f.Notes);
        return SeesConfidentialNotes(scope.Role) ? notes : notes.Where(n => !n.Confidential);
    }

    public static IQueryable<Consent> ConsentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.MembersVisibleTo(scope, nowUtc).SelectMany(m => m.Consents);

    /// <summary>Assessments are case content for the family's workers and supervisor; court documents will decide what court support sees.</summary>
    public static bool SeesAssessments(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    public static IQueryable<Assessment> AssessmentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesAssessments(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.Assessments) : families.Where(f => false).SelectMany(f => f.Assessments);

    public static IQueryable<SafetyAlert> SafetyAlertsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        SeesAssessments(scope.Role) ? families.VisibleTo(scope, nowUtc).SelectMany(f => f.SafetyAlerts) : families.Where(f => false).SelectMany(f => f.SafetyAlerts);

    public static IQueryable<FamilyAssignment> AssignmentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Assignments);
}
