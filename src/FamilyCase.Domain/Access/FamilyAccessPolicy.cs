using System.Linq.Expressions;
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
    public static Expression<Func<Family, bool>> CanSee(StaffScope scope, DateTime nowUtc) => scope.Role switch
    {
        StaffRole.Caseworker => f =>
            f.Assignments.Any(a => a.StaffMemberId == scope.StaffId && a.EndedAtUtc == null
                && (a.Kind == AssignmentKind.Primary || a.Kind == AssignmentKind.Secondary))
            || f.EmergencyAccesses.Any(e => e.StaffMemberId == scope.StaffId && e.ExpiresAtUtc > nowUtc),
        StaffRole.Supervisor when scope.TeamId is { } teamId => f => f.TeamId == teamId,
        StaffRole.CourtSupport => f =>
            f.Assignments.Any(a => a.StaffMemberId == scope.StaffId && a.EndedAtUtc == null && a.Kind == AssignmentKind.CourtSupport),
        _ => f => false,
    };

    public static bool SeesConfidentialNotes(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    public static bool MayEdit(StaffRole role) => role is StaffRole.Caseworker or StaffRole.Supervisor;

    public static IQueryable<Family> VisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.Where(CanSee(scope, nowUtc));

    public static IQueryable<FamilyMember> MembersVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Members);

    public static IQueryable<ContactNote> NotesVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc)
    {
        var notes = families.VisibleTo(scope, nowUtc).SelectMany(f => f.Notes);
        return SeesConfidentialNotes(scope.Role) ? notes : notes.Where(n => !n.Confidential);
    }

    public static IQueryable<Consent> ConsentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.MembersVisibleTo(scope, nowUtc).SelectMany(m => m.Consents);

    public static IQueryable<FamilyAssignment> AssignmentsVisibleTo(this IQueryable<Family> families, StaffScope scope, DateTime nowUtc) =>
        families.VisibleTo(scope, nowUtc).SelectMany(f => f.Assignments);
}
