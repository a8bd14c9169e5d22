using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Data.Access;

/// <summary>
/// The one rule for which families a person may see. Every query of family data starts here.
/// Caseworkers: families where they hold an active primary or secondary assignment.
/// Supervisors: every family of their team. Court support: families they are assigned to as court support.
/// Administrators: none.
/// </summary>
public static class FamilyAccess
{
    public static IQueryable<Family> VisibleTo(this IQueryable<Family> families, StaffScope scope) => scope.Role switch
    {
        StaffRole.Caseworker => families.Where(f => f.Assignments.Any(a =>
            a.StaffMemberId == scope.StaffId && a.EndedAtUtc == null && (a.Kind == AssignmentKind.Primary || a.Kind == AssignmentKind.Secondary))),
        StaffRole.Supervisor when scope.TeamId is { } teamId => families.Where(f => f.TeamId == teamId),
        StaffRole.CourtSupport => families.Where(f => f.Assignments.Any(a =>
            a.StaffMemberId == scope.StaffId && a.EndedAtUtc == null && a.Kind == AssignmentKind.CourtSupport)),
        _ => families.Where(f => false),
    };
}
