using System.Globalization;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Plans;

/// <summary>The Plan &amp; referrals tab, and one person's part of it for their page; opening either is audited.</summary>
public sealed class PlanQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AuditTrail audit)
{
    public async Task<PlanView> ExecuteAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken) =>
        await LoadAsync(staff, familyId, memberId: null, "Plan & referrals tab", cancellationToken);

    public async Task<MemberPlan?> ForMemberAsync(SignedInStaff staff, int familyId, int memberId, CancellationToken cancellationToken) =>
        (await LoadAsync(staff, familyId, memberId, "Plan on the person's page", cancellationToken)).Members.SingleOrDefault();

    private async Task<PlanView> LoadAsync(SignedInStaff staff, int familyId, int? memberId, string what, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.SeesPlans(staff.Role))
        {
            return new PlanView([]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var members = (await family.MembersVisibleTo(staff.Scope, now)
                .Where(m => memberId == null || m.Id == memberId)
                .OrderBy(m => m.Role).ThenBy(m => m.Id)
                .Select(m => new { m.Id, m.FirstName, m.LastName, m.PreferredName, m.Role })
                .ToListAsync(cancellationToken))
            .Where(m => PlanEligibility.HasPlan(m.Role)).ToList();
        var goals = await family.GoalsVisibleTo(staff.Scope, now).Where(g => memberId == null || g.FamilyMemberId == memberId)
            .OrderBy(g => g.Status).ThenByDescending(g => g.Id)
            .Select(g => new GoalRow(g.Id, g.FamilyMemberId, g.DomainKey, g.InTheirWords, g.TargetOn, g.Status, g.StatusOn, g.StatusNote, g.SourceAssessmentId != null,
                g.Actions.OrderBy(a => a.Id).Select(a => new GoalActionRow(a.Who, a.What, a.ByOn, a.Done)).ToList()))
            .ToListAsync(cancellationToken);
        var referrals = await family.ReferralsVisibleTo(staff.Scope, now).Where(r => memberId == null || r.FamilyMemberId == memberId)
            .OrderByDescending(r => r.ReferredOn).ThenByDescending(r => r.Id)
            .Select(r => new
            {
                r.Id, r.FamilyMemberId, Program = r.Program!.Name, Organisation = r.Program.Organisation!.Name, r.OutsideService, r.Kind, r.PlanGoalId, r.ReferredOn,
                r.SharesInformation, r.Status, r.StatusOn, r.WaitDays, r.Barriers, r.Outcome,
                Steps = r.Steps.OrderBy(s => s.RecordedAtUtc).ThenBy(s => s.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var suggestions = await CheckInSuggestions.LoadAsync(db, family, staff.Scope, now, cancellationToken);

        var rows = referrals.Select(r =>
        {
            var standing = ReferralHistory.Effective(r.Steps).ToHashSet();
            return new ReferralRow(r.Id, r.FamilyMemberId, r.Program ?? r.OutsideService ?? "A service", r.Program is null ? null : r.Organisation, r.Program is not null, r.Kind,
                r.PlanGoalId, r.ReferredOn, r.SharesInformation, r.Status, r.StatusOn, r.WaitDays, r.Barriers, r.Outcome,
                r.Steps.Select(s => new ReferralStepRow(s.Status, s.On, s.Correction, !standing.Contains(s), s.Note)).ToList());
        }).ToList();
        var view = new PlanView(members.Select(m => new MemberPlan(
            m.Id, MemberNames.Full(m.FirstName, m.LastName, m.PreferredName), m.Role,
            suggestions.GetValueOrDefault(m.Id) ?? [],
            goals.Where(g => g.MemberId == m.Id).ToList(),
            rows.Where(r => r.MemberId == m.Id).ToList())).ToList());

        if (await FamilyScope.IsVisibleAsync(db, staff, familyId, now, cancellationToken))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", familyId.ToString(CultureInfo.InvariantCulture), familyId,
                $"{what}: {goals.Count} goals, {rows.Count} referrals"), cancellationToken);
        }

        return view;
    }
}
