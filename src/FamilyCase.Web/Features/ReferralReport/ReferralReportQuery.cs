using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.ReferralReport;

/// <summary>
/// The referral report for a team or the agency: referrals by status and by barrier, waits to first service per program and per
/// kind of service, and needs with no matching service in the area. Only aggregates leave it; small counts are hidden from every
/// reader but a supervisor reading their own team (<see cref="FamilyAccessPolicy.SeesExactReferralFigures"/>).
/// </summary>
public sealed class ReferralReportQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, DirectorySettings settings)
{
    public const string AreaNotSet = "Area not set";

    /// <summary>The readings this person may choose: their own team first, then the agency (and, for administrators, each team).</summary>
    public async Task<IReadOnlyList<ReportScope>> ScopesAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayReadReferralReport(staff.Scope))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var own = teams.Where(t => t.Id == staff.TeamId).Select(t => new ReportScope(t.Id, t.Name));
        var others = teams.Where(t => t.Id != staff.TeamId && FamilyAccessPolicy.MayReadReferralReportOf(staff.Scope, t.Id)).Select(t => new ReportScope(t.Id, t.Name));
        return [.. own, new ReportScope(null, "The whole agency"), .. others];
    }

    /// <param name="recordView">False when the reading is for an export, which is audited as the export instead.</param>
    public async Task<ReferralReportView?> ExecuteAsync(SignedInStaff staff, int? teamId, CancellationToken cancellationToken, bool recordView = true)
    {
        var scopes = await ScopesAsync(staff, cancellationToken);
        if (scopes.FirstOrDefault(s => s.TeamId == teamId) is not { } scope)
        {
            return null;
        }

        var small = FamilyAccessPolicy.SeesExactReferralFigures(staff.Scope, teamId) ? SmallCounts.None : settings.SmallCounts;
        var today = time.Today(clock);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var families = db.Families.AsNoTracking();
        var referrals = db.Referrals.AsNoTracking().CountedInReferralReport(families, staff.Scope, teamId);

        // Statuses and barriers in one pass: a row per status and combination of barriers met.
        var counted = await referrals.GroupBy(r => new { r.Status, r.Barriers }).Select(g => new { g.Key.Status, g.Key.Barriers, Count = g.Count() }).ToListAsync(cancellationToken);
        var byStatus = counted.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var byBarriers = counted.Where(c => c.Barriers != ReferralBarrier.None).GroupBy(c => c.Barriers).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var programWaits = await referrals.Where(r => r.WaitDays != null && r.ProgramId != null)
            .GroupBy(r => new { r.ProgramId, r.WaitDays }).Select(g => new { g.Key.ProgramId, g.Key.WaitDays, Count = g.Count() }).ToListAsync(cancellationToken);
        var kindWaits = await referrals.Where(r => r.WaitDays != null)
            .GroupBy(r => new { r.Kind, r.WaitDays }).Select(g => new { g.Key.Kind, g.Key.WaitDays, Count = g.Count() }).ToListAsync(cancellationToken);
        var areas = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Area ?? AreaNotSet, cancellationToken);
        var programs = await db.ServicePrograms.AsNoTracking()
            .Select(p => new { p.Id, p.Name, Organisation = p.Organisation!.Name, p.Kinds, p.Areas, p.RetiredOn, OrganisationRetiredOn = p.Organisation.RetiredOn })
            .ToListAsync(cancellationToken);

        // Which needs have no active program of a matching kind in each area comes from the directory alone, so only the goals in
        // those needs, of teams in those areas, are counted: usually a few, where counting every active goal would be costly.
        var active = programs.Where(p => !(p.RetiredOn <= today) && !(p.OrganisationRetiredOn <= today))
            .Select(p => (Kinds: TermList.Parse(p.Kinds).Select(Enum.Parse<ServiceKind>).ToList(), Areas: TermList.Parse(p.Areas))).ToList();
        var unanswered = areas.Values.Distinct().ToDictionary(area => area, area => NeedServiceMatch.Domains
            .Where(domain => !active.Any(p => NeedServiceMatch.Answers(domain, p.Kinds) && Catchment.Covers(p.Areas, area))).ToHashSet());
        var teamsLacking = areas.Where(a => unanswered[a.Value].Count > 0).Select(a => a.Key).ToList();
        var domainsLacking = unanswered.Values.SelectMany(d => d).Distinct().ToList();
        var needs = teamsLacking.Count == 0 ? [] : await (
                from g in db.Goals.AsNoTracking().CountedInReferralReport(families, staff.Scope, teamId)
                where g.Status == GoalStatus.Active && domainsLacking.Contains(g.DomainKey)
                join f in families on g.FamilyId equals f.Id
                where f.Status != FamilyStatus.Closed && teamsLacking.Contains(f.TeamId)
                group g by new { f.TeamId, g.DomainKey } into n
                select new { n.Key.TeamId, n.Key.DomainKey, People = n.Select(x => x.FamilyMemberId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        var total = byStatus.Sum(s => s.Count);
        var statusRows = ReferralReportView.AddingUp(
            Enum.GetValues<ReferralStatus>().Select(s => (PlanWords.Referral(s), byStatus.Where(x => x.Key == s).Sum(x => x.Count))).ToList(), small);
        var barrierRows = ReferralStatuses.All
            .Select(b => ReferralReportView.Count(PlanWords.Barrier(b), byBarriers.Where(x => x.Key.HasFlag(b)).Sum(x => x.Count), small))
            .OrderByDescending(r => r.Count).ToList();
        var programNames = programs.ToDictionary(p => p.Id, p => $"{p.Name} — {p.Organisation}");
        var waitsByProgram = programWaits.GroupBy(w => w.ProgramId!.Value)
            .Select(g => ReferralReportView.Wait(programNames.GetValueOrDefault(g.Key, "A program no longer listed"), WaitStatistics.Of(g.Select(w => (w.WaitDays!.Value, w.Count))), small))
            .OrderByDescending(w => w.Hidden ? -1 : w.MedianDays ?? -1).ThenBy(w => w.Label, StringComparer.CurrentCulture).ToList();
        var waitsByKind = kindWaits.GroupBy(w => w.Kind)
            .Select(g => ReferralReportView.Wait(DirectoryWords.Kind(g.Key), WaitStatistics.Of(g.Select(w => (w.WaitDays!.Value, w.Count))), small))
            .OrderByDescending(w => w.Hidden ? -1 : w.MedianDays ?? -1).ThenBy(w => w.Label, StringComparer.CurrentCulture).ToList();

        var unmet = needs.GroupBy(n => (Area: areas.GetValueOrDefault(n.TeamId, AreaNotSet), n.DomainKey))
            .Where(g => unanswered.TryGetValue(g.Key.Area, out var lacking) && lacking.Contains(g.Key.DomainKey))
            .Select(g =>
            {
                var people = g.Sum(n => n.People);
                return new UnmetNeedRow(g.Key.Area, GoalSuggestions.DomainTitle(g.Key.DomainKey), NeedServiceMatch.KindsFor(g.Key.DomainKey), people, small.Hides(people), small.Show(people));
            })
            .OrderByDescending(u => u.People).ThenBy(u => u.Area, StringComparer.CurrentCulture).ThenBy(u => u.Need, StringComparer.CurrentCulture).ToList();

        if (small.Threshold > 0)
        {
            waitsByProgram = Merged(waitsByProgram, $"Programs with fewer than {small.Threshold} people served each", small);
            waitsByKind = Merged(waitsByKind, $"Kinds of service with fewer than {small.Threshold} people served each", small);
            unmet = MergedNeeds(unmet, small);
        }

        if (recordView)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "ReferralReport", teamId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "agency", null,
                $"Referral report for {scope.Label}"), cancellationToken);
        }

        return new ReferralReportView(scope, small.Threshold == 0, settings.SmallCounts.Threshold, ReferralReportView.Count("Referrals", total, small),
            statusRows, barrierRows, waitsByProgram, waitsByKind, unmet);
    }

    // For readers who do not see the families, a row too small to show is not named either: a small program or an
    // Indigenous-led service in one area could point to a family. Such rows are counted together in one line.
    private static List<WaitRow> Merged(List<WaitRow> rows, string label, SmallCounts small)
    {
        var hidden = rows.Where(r => r.Hidden).ToList();
        return hidden.Count == 0 ? rows : [.. rows.Where(r => !r.Hidden), new WaitRow(label, hidden.Sum(r => r.Served), true, small.Show(hidden.Sum(r => r.Served)), null, null)];
    }

    private static List<UnmetNeedRow> MergedNeeds(List<UnmetNeedRow> rows, SmallCounts small)
    {
        var hidden = rows.Where(r => r.Hidden).ToList();
        var people = hidden.Sum(r => r.People);
        return hidden.Count == 0 ? rows
            : [.. rows.Where(r => !r.Hidden), new UnmetNeedRow("Other areas", $"Other needs, each with fewer than {small.Threshold} people", [], people, small.Hides(people), small.Show(people))];
    }
}
