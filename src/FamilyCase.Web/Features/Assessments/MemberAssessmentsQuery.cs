using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Assessments;

public sealed record AssessmentRow(int Id, string InstrumentCode, string InstrumentVersion, string Instrument, AssessmentStatus Status, DateTime StartedAtUtc, DateTime? CompletedAtUtc,
    int? Total, string? Band, bool IsComplete, int? CorrectsAssessmentId, bool Superseded, bool HasOpenAlert);

public sealed record TrendPoint(DateTime AtUtc, int AssessmentId, int Value);

/// <summary>One instrument version's totals over time: results of different versions are never drawn on one line.</summary>
public sealed record TotalTrend(InstrumentDefinition Instrument, IReadOnlyList<TrendPoint> Points);

/// <summary>One check-in version's ratings over time, by area.</summary>
public sealed record CheckInTrend(InstrumentDefinition Instrument, IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Domains);

/// <summary>Whether a person may be given an instrument, and why not.</summary>
public sealed record InstrumentChoice(InstrumentDefinition Instrument, string? WhyNot);

public sealed record MemberAssessments(
    int FamilyId,
    string FamilyName,
    int MemberId,
    string MemberName,
    MemberRole Role,
    string Relationship,
    IReadOnlyList<AssessmentRow> Assessments,
    DateOnly? NextCheckInDue,
    IReadOnlyList<TotalTrend> Totals,
    IReadOnlyList<CheckInTrend> CheckIns,
    IReadOnlyList<InstrumentChoice> Instruments);

/// <summary>A person's assessments, when their next check-in is due, and every result over time for the charts. Opening it is audited.</summary>
public sealed class MemberAssessmentsQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AssessmentRules rules, AgencyTime time, InstrumentCatalog catalog, AuditTrail audit)
{
    /// <param name="recordView">False only when this very view was already audited (the prerendered page becoming interactive).</param>
    public async Task<MemberAssessments?> OpenAsync(SignedInStaff staff, int familyId, int memberId, bool recordView, CancellationToken cancellationToken)
    {
        var data = await ExecuteAsync(staff, familyId, memberId, cancellationToken);
        if (recordView)
        {
            // A refusal names the person asked for but is filed under no family, so a guessed address writes into nobody's trail.
            await audit.RecordAsync(data is null
                ? new AuditEntry(AuditAction.AccessRefused, staff.DisplayName, staff.StaffId, "Member", Id(memberId), null, "Assessments of a person not in this caseload")
                : new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Member", Id(memberId), familyId, "Assessments and trends"), cancellationToken);
        }

        return data;
    }

    public async Task<MemberAssessments?> ExecuteAsync(SignedInStaff staff, int familyId, int memberId, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.SeesAssessments(staff.Role))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var member = await family.MembersVisibleTo(staff.Scope, now).Where(m => m.Id == memberId)
            .Include(m => m.Family)
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var rows = await family.AssessmentsVisibleTo(staff.Scope, now).Where(a => a.FamilyMemberId == memberId)
            .OrderByDescending(a => a.StartedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                a.Id, a.InstrumentCode, a.InstrumentVersion, a.Status, a.StartedAtUtc, a.CompletedAtUtc, a.Total, a.Band, a.IsComplete, a.CorrectsAssessmentId,
                Superseded = db.Assessments.Any(c => c.CorrectsAssessmentId == a.Id && c.Status != AssessmentStatus.Draft),
                HasOpenAlert = db.SafetyAlerts.Any(s => s.AssessmentId == a.Id && s.AcknowledgedAtUtc == null),
            })
            .ToListAsync(cancellationToken);
        var assessments = rows.Select(r => new AssessmentRow(r.Id, r.InstrumentCode, r.InstrumentVersion, Title(r.InstrumentCode, r.InstrumentVersion), r.Status, r.StartedAtUtc,
            r.CompletedAtUtc, r.Total, r.Band, r.IsComplete, r.CorrectsAssessmentId, r.Superseded, r.HasOpenAlert)).ToList();

        // Results that count: finished, and not replaced by a finished correction.
        var counted = assessments.Where(a => a.Status != AssessmentStatus.Draft && !a.Superseded && a.CompletedAtUtc is not null).ToList();
        var lastCheckIn = counted.Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code).Max(a => a.CompletedAtUtc);
        var totals = counted.Where(a => a.Total is not null && a.InstrumentCode != FamilyNeedsCheckIn.Code)
            .GroupBy(a => catalog.Get(a.InstrumentCode, a.InstrumentVersion))
            .Select(g => new TotalTrend(g.Key, g.OrderBy(a => a.CompletedAtUtc).Select(a => new TrendPoint(a.CompletedAtUtc!.Value, a.Id, a.Total!.Value)).ToList()))
            .ToList();
        var checkIns = counted.Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code).ToList();
        var checkInIds = checkIns.Select(a => a.Id).ToList();
        var ratings = await db.AssessmentAnswers.AsNoTracking()
            .Where(x => checkInIds.Contains(x.AssessmentId) && x.Kind == AnswerKind.Answered && x.Value != null)
            .Select(x => new { x.AssessmentId, x.ItemKey, x.Value })
            .ToListAsync(cancellationToken);
        var byId = checkIns.ToDictionary(a => a.Id);
        var checkInTrends = checkIns.GroupBy(a => catalog.Get(a.InstrumentCode, a.InstrumentVersion))
            .Select(version => new CheckInTrend(version.Key, ratings
                .Where(r => version.Any(a => a.Id == r.AssessmentId) && version.Key.Items.Any(i => i.Key == r.ItemKey))
                .GroupBy(r => r.ItemKey)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<TrendPoint>)g.Select(r => new TrendPoint(byId[r.AssessmentId].CompletedAtUtc!.Value, r.AssessmentId, r.Value!.Value))
                    .OrderBy(p => p.AtUtc).ToList())))
            .Where(t => t.Domains.Count > 0)
            .ToList();
        var today = time.Today(clock);
        var choices = catalog.Current.Select(i => new InstrumentChoice(i, AssessmentEligibility.WhyNot(member, i, today, rules))).ToList();
        return new MemberAssessments(familyId, member.Family!.DisplayName, member.Id, $"{member.NameToUse} {member.LastName}", member.Role, member.Relationship, assessments,
            lastCheckIn is { } last ? CheckInSchedule.NextDue(last, time, rules) : null, totals, checkInTrends, choices);
    }

    private string Title(string code, string version) => catalog.Get(code, version) is var instrument && instrument.Version == catalog.Latest(code).Version
        ? instrument.ShortTitle
        : $"{instrument.ShortTitle} (version {instrument.Version})";

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
