using FamilyCase.Domain.Access;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Web.Features.Families;

/// <summary>One section of the family file, reached at <c>/families/{id}?tab={Id}</c>, and who sees it.</summary>
public sealed record FamilyTab(string Id, string Title, Func<StaffRole, bool> Shows);

/// <summary>The family file's sections in order. A section a role may not see is not offered, and asking for it opens the first.</summary>
public static class FamilyTabs
{
    public static readonly IReadOnlyList<FamilyTab> All =
    [
        new("overview", "Overview", _ => true),
        new("members", "Members", _ => true),
        new("assessments", "Assessments", FamilyAccessPolicy.SeesAssessments),
        new("plan", "Plan & referrals", FamilyAccessPolicy.SeesPlans),
        new("justice", "Justice", _ => true),
        new("notes", "Notes", _ => true),
        new("consent", "Consent", _ => true),
        new("documents", "Documents", FamilyAccessPolicy.MayGenerateCourtDocuments),
        new("audit", "Audit", FamilyAccessPolicy.MayReadAuditTrail),
    ];

    public static IReadOnlyList<FamilyTab> For(StaffRole role) => All.Where(t => t.Shows(role)).ToList();

    public static FamilyTab Chosen(StaffRole role, string? id) =>
        For(role).FirstOrDefault(t => string.Equals(t.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? For(role)[0];
}
