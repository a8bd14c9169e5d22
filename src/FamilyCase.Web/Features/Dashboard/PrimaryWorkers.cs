using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>Each family's primary worker, filled into a panel's records in one query, so every panel names workers the same way.</summary>
internal static class PrimaryWorkers
{
    public static async Task FillAsync(FamilyCaseDb db, StaffScope scope, DateTime nowUtc, IReadOnlyList<PanelItem> items, CancellationToken cancellationToken)
    {
        var familyIds = items.Where(i => i.FamilyId is not null).Select(i => i.FamilyId!.Value).Distinct().ToList();
        if (familyIds.Count == 0)
        {
            return;
        }

        var workers = await db.Families.AsNoTracking().Where(f => familyIds.Contains(f.Id)).AssignmentsVisibleTo(scope, nowUtc)
            .Where(a => a.Kind == AssignmentKind.Primary && a.EndedAtUtc == null)
            .Select(a => new { a.FamilyId, a.StaffMemberId, a.StaffMember!.DisplayName })
            .ToListAsync(cancellationToken);
        var byFamily = workers.GroupBy(w => w.FamilyId).ToDictionary(g => g.Key, g => g.OrderBy(w => w.StaffMemberId).First());
        foreach (var item in items)
        {
            if (item.FamilyId is { } familyId && byFamily.TryGetValue(familyId, out var worker))
            {
                item.WorkerId = worker.StaffMemberId;
                item.Worker = worker.DisplayName;
            }
        }
    }
}
