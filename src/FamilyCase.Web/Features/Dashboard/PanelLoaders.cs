using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Features.Emergency;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>
/// The one query behind each dashboard number. The dashboard counts what it returns and the drill-down lists it, so the two
/// can never disagree. Each starts from the access policy's entry points, and a panel the person may not see returns nothing.
/// </summary>
internal static class PanelLoaders
{
    /// <param name="withWorkers">
    /// False when the caller names the primary workers of several panels at once (<see cref="PrimaryWorkers"/>); a filter by worker
    /// then needs them here.
    /// </param>
    public static async Task<List<PanelItem>> LoadAsync(FamilyCaseDb db, StaffScope scope, DashboardWindow window, DashboardPanel panel, PanelFilter filter,
        CancellationToken cancellationToken, bool withWorkers = true)
    {
        if (!FamilyAccessPolicy.SeesDashboardPanel(scope, panel))
        {
            return [];
        }

        var items = panel switch
        {
            DashboardPanel.EmergencyAccess => await EmergencyAccessAsync(db, scope, cancellationToken),
            DashboardPanel.DeadlinesSoon => await DeadlinesAsync(db, scope, window, cancellationToken),
            DashboardPanel.WorkerCaseload => (await FamilyLoads.LoadAsync(db, scope, window, cancellationToken)).Select(l => l.Item).ToList(),
            // These two are ordered once read, as their projection is finished in memory.
            DashboardPanel.CourtUnaccompanied or DashboardPanel.OverdueCheckIns =>
                (await Query(db, scope, window, panel, filter).ToListAsync(cancellationToken)).OrderBy(i => i.AtUtc).ThenBy(i => i.ItemId).ToList(),
            _ => await Query(db, scope, window, panel, filter).ToListAsync(cancellationToken),
        };
        if (withWorkers || filter.Worker is not null)
        {
            await PrimaryWorkers.FillAsync(db, scope, window.NowUtc, items, cancellationToken);
        }

        return Narrow(items, filter);
    }

    private static List<PanelItem> Narrow(List<PanelItem> items, PanelFilter filter) => items
        .Where(i => filter.Worker is not { } worker || (i.WorkerId ?? 0) == worker)
        .Where(i => filter.Barrier is not { } barrier || (i.Number & barrier) != 0)
        .Where(i => filter.Program is not { } program || i.SecondId == program)
        .ToList();

    private static IQueryable<PanelItem> Query(FamilyCaseDb db, StaffScope scope, DashboardWindow w, DashboardPanel panel, PanelFilter filter)
    {
        var now = w.NowUtc;
        var families = db.Families.AsNoTracking();
        switch (panel)
        {
            case DashboardPanel.SafetyAlerts:
                return families.SafetyAlertsVisibleTo(scope, now).Where(a => a.AcknowledgedAtUtc == null)
                    .OrderBy(a => a.RaisedAtUtc).ThenBy(a => a.Id)
                    .Select(a => new PanelItem
                    {
                        ItemId = a.Id, SecondId = a.AssessmentId, FamilyId = a.FamilyId, FileNumber = a.Family!.FileNumber, Family = a.Family.DisplayName,
                        Person = (a.FamilyMember!.PreferredName ?? a.FamilyMember.FirstName) + " " + a.FamilyMember.LastName,
                        AtUtc = a.RaisedAtUtc, Code = Code(a.Kind), Detail = a.ActionTaken,
                    });
            case DashboardPanel.AccessRefusals:
                return db.AuditEvents.AsNoTracking().AccessRefusalsOverseenBy(db.Staff, scope)
                    .Where(e => e.OccurredAtUtc >= w.RefusalsSinceUtc && !db.RefusalAcknowledgements.Any(a => a.AuditEventId == e.Id))
                    .OrderBy(e => e.OccurredAtUtc).ThenBy(e => e.Id)
                    .Select(e => new PanelItem { ItemId = e.Id, Person = e.ActorName, AtUtc = e.OccurredAtUtc, Detail = e.RecordType, MoreDetail = e.Detail });
            case DashboardPanel.AwaitingSignOff:
                return families.AssessmentsVisibleTo(scope, now).Where(a => a.Status == AssessmentStatus.Completed)
                    .OrderBy(a => a.CompletedAtUtc).ThenBy(a => a.Id)
                    .Select(a => new PanelItem
                    {
                        ItemId = a.Id, FamilyId = a.FamilyId, FileNumber = a.Family!.FileNumber, Family = a.Family.DisplayName,
                        Person = (a.FamilyMember!.PreferredName ?? a.FamilyMember.FirstName) + " " + a.FamilyMember.LastName,
                        AtUtc = a.CompletedAtUtc, Detail = a.InstrumentCode, MoreDetail = a.AdministeredBy!.DisplayName,
                        Code = FamilyAccessPolicy.MayReviewAssessments(scope.Role) ? 1 : 0, Number = FamilyAccessPolicy.MaySignOff(scope, a.AdministeredByStaffId) ? 1 : 0,
                    });
            case DashboardPanel.OverdueCheckIns:
                // Check-ins are assessment content: the members come through the assessments the person may see.
                var withCheckIns = families.AssessmentsVisibleTo(scope, now).Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code).Select(a => a.FamilyMemberId);
                return families.MembersVisibleTo(scope, now).Where(m => withCheckIns.Contains(m.Id) && m.Family!.Status != FamilyStatus.Closed)
                    .Where(CheckInSchedule.Overdue(w.CheckInOverdueBeforeUtc))
                    .Select(m => new PanelItem
                    {
                        ItemId = m.Id, FamilyId = m.FamilyId, FileNumber = m.Family!.FileNumber, Family = m.Family.DisplayName,
                        Person = (m.PreferredName ?? m.FirstName) + " " + m.LastName,
                        AtUtc = m.Family.Assessments.Where(a => a.FamilyMemberId == m.Id && a.InstrumentCode == FamilyNeedsCheckIn.Code).Max(a => a.CompletedAtUtc),
                    });
            case DashboardPanel.CourtUnaccompanied:
                // The person's court dates in the window, joined to who attends them alone.
                return from e in families.CourtEventsVisibleTo(scope, now).Where(e => e.StartsAtUtc >= now && e.StartsAtUtc < w.CourtUntilUtc)
                       join a in db.CourtAttendances.AsNoTracking().Where(CourtAttendance.Alone) on e.Id equals a.CourtEventId
                       select new PanelItem
                       {
                           ItemId = a.Id, SecondId = e.Id, FamilyId = e.FamilyId, FileNumber = e.Family!.FileNumber, Family = e.Family.DisplayName,
                           Person = (a.Member!.PreferredName ?? a.Member.FirstName) + " " + a.Member.LastName,
                           AtUtc = e.StartsAtUtc, Code = Code(e.Kind), Number = Code(a.Role), Detail = e.Courthouse,
                       };
            case DashboardPanel.ReferralsWaiting:
                return families.ReferralsVisibleTo(scope, now)
                    .Where(r => (r.Status == ReferralStatus.Pending || r.Status == ReferralStatus.Waitlisted) && r.ReferredOn < w.WaitingSince)
                    .OrderBy(r => r.ReferredOn).ThenBy(r => r.Id)
                    .Select(r => new PanelItem
                    {
                        ItemId = r.Id, SecondId = r.ProgramId, FamilyId = r.FamilyId, FileNumber = r.Member!.Family!.FileNumber, Family = r.Member.Family.DisplayName,
                        Person = (r.Member.PreferredName ?? r.Member.FirstName) + " " + r.Member.LastName,
                        On = r.ReferredOn, Code = Code(r.Kind), Number = Code(r.Barriers),
                        Detail = r.Program == null ? r.OutsideService : r.Program.Name, MoreDetail = r.Program == null ? null : r.Program.Organisation!.Name,
                    });
            case DashboardPanel.PoliceNotSupportive:
                return families.PoliceContactsVisibleTo(scope, now).Where(p => p.Experience == PoliceExperience.NotSupported && p.OccurredOn >= w.PoliceSince)
                    .OrderByDescending(p => p.OccurredOn).ThenBy(p => p.Id)
                    .Select(p => new PanelItem
                    {
                        ItemId = p.Id, FamilyId = p.FamilyId, FileNumber = p.Member!.Family!.FileNumber, Family = p.Member.Family.DisplayName,
                        Person = (p.Member.PreferredName ?? p.Member.FirstName) + " " + p.Member.LastName, On = p.OccurredOn, Detail = p.PoliceService,
                    });
            case DashboardPanel.NoRecentContact:
                return FamilyItems(families.VisibleTo(scope, now)
                    .Where(f => f.Status != FamilyStatus.Closed && f.OpenedOn <= w.NoContactOpenedBy && !f.Notes.Any(n => n.OccurredAtUtc >= w.NoContactSinceUtc)));
            case DashboardPanel.LongIntake:
                return FamilyItems(families.VisibleTo(scope, now).Where(f => f.Status == FamilyStatus.Intake && f.OpenedOn < w.IntakeOpenedBy));
            case DashboardPanel.OpenedInMonth:
                return FamilyItems(families.VisibleTo(scope, now).Where(TeamTrend.OpenedIn(Month(filter, w))));
            case DashboardPanel.ClosedInMonth:
                return FamilyItems(families.VisibleTo(scope, now).Where(TeamTrend.ClosedIn(Month(filter, w))));
            case DashboardPanel.OpenAtMonthEnd:
                return FamilyItems(families.VisibleTo(scope, now).Where(TeamTrend.OpenAt(TrendDay(Month(filter, w), w.Today))));
            case DashboardPanel.CourtDay:
                return families.CourtEventsVisibleTo(scope, now)
                    .Where(e => e.StartsAtUtc >= now && e.StartsAtUtc < w.CourtUntilUtc
                        && (e.Attendances.Any(a => a.AccompaniedByStaffId == scope.StaffId)
                            || e.Family!.Assignments.Any(a => a.StaffMemberId == scope.StaffId && a.Kind == AssignmentKind.CourtSupport && a.EndedAtUtc == null)))
                    .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
                    .Select(e => new PanelItem
                    {
                        ItemId = e.Id, FamilyId = e.FamilyId, FileNumber = e.Family!.FileNumber, Family = e.Family.DisplayName,
                        AtUtc = e.StartsAtUtc, Code = Code(e.Kind), Detail = e.Courthouse,
                        Number = e.Attendances.AsQueryable().Count(CourtAttendance.Alone), SecondId = e.Attendances.Count,
                    });
            default:
                throw new ArgumentOutOfRangeException(nameof(panel), panel, "This panel is not a list of records.");
        }
    }

    // Enums are stored by name, so their numbers are taken once the row is read, never cast in SQL.
    private static int Code(Enum value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The day a month's "open" count is taken: its last day, or today for the month under way.</summary>
    public static DateOnly TrendDay(DateOnly monthStart, DateOnly today) => TeamTrend.MonthEnd(monthStart) < today ? TeamTrend.MonthEnd(monthStart) : today;

    private static DateOnly Month(PanelFilter filter, DashboardWindow w) => TeamTrend.MonthStart(filter.Month ?? w.Today);

    private static IQueryable<PanelItem> FamilyItems(IQueryable<Family> families) => families
        .OrderBy(f => f.OpenedOn).ThenBy(f => f.Id)
        .Select(f => new PanelItem
        {
            ItemId = f.Id, FamilyId = f.Id, FileNumber = f.FileNumber, Family = f.DisplayName, On = f.OpenedOn, Code = Code(f.Status),
            AtUtc = f.Notes.Max(n => (DateTime?)n.OccurredAtUtc), Number = f.Members.Count,
        });

    private static async Task<List<PanelItem>> EmergencyAccessAsync(FamilyCaseDb db, StaffScope scope, CancellationToken cancellationToken) =>
        EmergencyItems(await EmergencyAccessQuery.ToAcknowledgeAsync(db, scope, cancellationToken));

    /// <summary>The emergency-access panel's records from <see cref="EmergencyAccessQuery.ToAcknowledgeAsync"/>, which the dashboard reads once for its requests too.</summary>
    public static List<PanelItem> EmergencyItems(IEnumerable<AccessToAcknowledge> toAcknowledge) =>
        toAcknowledge.Select(a => new PanelItem
        {
            ItemId = a.Id, FamilyId = a.FamilyName is null ? null : a.FamilyId, FileNumber = a.FileNumber, Family = a.FamilyName, Person = a.Staff,
            AtUtc = a.StartedAtUtc, Detail = a.Reason, MoreDetail = a.GrantedBy, Team = a.FamilyTeam,
        }).ToList();

    /// <summary>Pending applications due by the window's end (those already overdue too), and victim impact statements not yet filed with a sentencing date inside it.</summary>
    private static async Task<List<PanelItem>> DeadlinesAsync(FamilyCaseDb db, StaffScope scope, DashboardWindow w, CancellationToken cancellationToken)
    {
        var families = db.Families.AsNoTracking();
        var until = w.DeadlineUntil;
        var applications = await families.ApplicationsVisibleTo(scope, w.NowUtc).Where(JusticeApplication.Pending).Where(a => a.DueOn <= until)
            .Select(a => new PanelItem
            {
                ItemId = a.Id, FamilyId = a.FamilyId, FileNumber = a.Member!.Family!.FileNumber, Family = a.Member.Family.DisplayName,
                Person = (a.Member.PreferredName ?? a.Member.FirstName) + " " + a.Member.LastName, On = a.DueOn, Code = Code(a.Kind), Number = 0,
            })
            .ToListAsync(cancellationToken);
        var sentencingFrom = w.NowUtc;
        var sentencingUntil = w.DeadlineUntilUtc;
        var statements = await families.StatementsVisibleTo(scope, w.NowUtc)
            .Where(s => s.Status == StatementStatus.Offered || s.Status == StatementStatus.Drafting)
            .Select(s => new
            {
                s.Id, s.FamilyId, s.Member!.Family!.FileNumber, Family = s.Member.Family.DisplayName, Person = (s.Member.PreferredName ?? s.Member.FirstName) + " " + s.Member.LastName,
                Sentencing = s.Proceeding!.Family!.CourtEvents.Where(e => e.ProceedingId == s.ProceedingId && e.Kind == CourtEventKind.Sentencing && e.StartsAtUtc >= sentencingFrom && e.StartsAtUtc < sentencingUntil)
                    .Min(e => (DateTime?)e.StartsAtUtc),
            })
            .Where(s => s.Sentencing != null)
            .ToListAsync(cancellationToken);
        return applications
            .Concat(statements.Select(s => new PanelItem { ItemId = s.Id, FamilyId = s.FamilyId, FileNumber = s.FileNumber, Family = s.Family, Person = s.Person, AtUtc = s.Sentencing, Number = 1 }))
            .OrderBy(i => i.On ?? w.Time.LocalDate(i.AtUtc!.Value)).ThenBy(i => i.Number).ThenBy(i => i.ItemId)
            .ToList();
    }
}
