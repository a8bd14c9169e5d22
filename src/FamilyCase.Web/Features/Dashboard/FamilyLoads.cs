using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>A family's load for the caseload chart, with the record its drill-down row shows.</summary>
internal sealed record FamilyLoadRow(PanelItem Item, FamilyLoad Load);

/// <summary>Every open family's load, the one query behind the caseload per worker and its drill-down.</summary>
internal static class FamilyLoads
{
    public static async Task<List<FamilyLoadRow>> LoadAsync(FamilyCaseDb db, StaffScope scope, DashboardWindow w, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.SeesDashboardPanel(scope, DashboardPanel.WorkerCaseload))
        {
            return [];
        }

        var now = w.NowUtc;
        var until = w.CourtWeeksUntilUtc;
        var families = await db.Families.AsNoTracking().VisibleTo(scope, now).Where(f => f.Status != FamilyStatus.Closed)
            .OrderBy(f => f.DisplayName).ThenBy(f => f.Id)
            .Select(f => new
            {
                f.Id, f.FileNumber, f.DisplayName, f.Status, f.OpenedOn,
                Members = f.Members.Count,
                CourtDates = f.CourtEvents.Where(e => e.StartsAtUtc >= now && e.StartsAtUtc < until).Select(e => e.StartsAtUtc).ToList(),
                Testifying = f.CourtEvents.Where(e => e.StartsAtUtc >= now && e.StartsAtUtc < until)
                    .SelectMany(e => e.Attendances).AsQueryable().Where(AttendanceRoles.Testifying)
                    .Select(a => a.FamilyMemberId).Distinct().Count(),
                OpenAlerts = f.SafetyAlerts.Count(a => a.AcknowledgedAtUtc == null),
            })
            .ToListAsync(cancellationToken);
        return families.Select(f =>
        {
            var load = new FamilyLoad(f.Status, f.Members, CaseIntensity.WeeksWith(f.CourtDates.Select(w.Time.LocalDate), w.Today), f.Testifying, f.OpenAlerts);
            return new FamilyLoadRow(
                new PanelItem { ItemId = f.Id, FamilyId = f.Id, FileNumber = f.FileNumber, Family = f.DisplayName, On = f.OpenedOn, Code = (int)f.Status, Number = f.Members },
                load);
        }).ToList();
    }
}
