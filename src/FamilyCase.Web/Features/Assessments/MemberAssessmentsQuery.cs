using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Assessments;

public sealed record AssessmentRow(int Id, string InstrumentCode, string Instrument, AssessmentStatus Status, DateTime StartedAtUtc, DateTime? CompletedAtUtc,
    int? Total, string? Band, bool IsComplete, int? CorrectsAssessmentId, bool Superseded, bool HasOpenAlert);

public sealed record TrendPoint(DateTime AtUtc, int AssessmentId, int Value);

public sealed record MemberAssessments(
    int FamilyId,
    string FamilyName,
    int MemberId,
    string MemberName,
    MemberRole Role,
    string Relationship,
    IReadOnlyList<AssessmentRow> Assessments,
    DateOnly? NextCheckInDue,
    IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> InstrumentTotals,
    IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> CheckInDomains);

/// <summary>A person's assessments, when their next check-in is due, and every result over time for the charts.</summary>
public sealed class MemberAssessmentsQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AssessmentRules rules, AgencyTime time)
{
    public async Task<MemberAssessments?> ExecuteAsync(SignedInStaff staff, int familyId, int memberId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var member = await family.MembersVisibleTo(staff.Scope, now).Where(m => m.Id == memberId)
            .Select(m => new { m.Id, Name = (m.PreferredName ?? m.FirstName) + " " + m.LastName, m.Role, m.Relationship, Family = m.Family!.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null || !FamilyAccessPolicy.SeesAssessments(staff.Role))
        {
            return null;
        }

        var rows = await family.AssessmentsVisibleTo(staff.Scope, now).Where(a => a.FamilyMemberId == memberId)
            .OrderByDescending(a => a.StartedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                a.Id, a.InstrumentCode, a.Status, a.StartedAtUtc, a.CompletedAtUtc, a.Total, a.Band, a.IsComplete, a.CorrectsAssessmentId,
                Superseded = db.Assessments.Any(c => c.CorrectsAssessmentId == a.Id && c.Status != AssessmentStatus.Draft),
                HasOpenAlert = db.SafetyAlerts.Any(s => s.AssessmentId == a.Id && s.AcknowledgedAtUtc == null),
            })
            .ToListAsync(cancellationToken);
        var assessments = rows.Select(r => new AssessmentRow(r.Id, r.InstrumentCode, InstrumentCatalog.Latest(r.InstrumentCode).ShortTitle, r.Status, r.StartedAtUtc,
            r.CompletedAtUtc, r.Total, r.Band, r.IsComplete, r.CorrectsAssessmentId, r.Superseded, r.HasOpenAlert)).ToList();

        // Results that count: finished, and not replaced by a finished correction.
        var counted = assessments.Where(a => a.Status != AssessmentStatus.Draft && !a.Superseded && a.CompletedAtUtc is not null).ToList();
        var lastCheckIn = counted.Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code).Max(a => a.CompletedAtUtc);
        var totals = counted.Where(a => a.Total is not null && a.InstrumentCode != FamilyNeedsCheckIn.Code)
            .GroupBy(a => a.InstrumentCode)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TrendPoint>)g.OrderBy(a => a.CompletedAtUtc).Select(a => new TrendPoint(a.CompletedAtUtc!.Value, a.Id, a.Total!.Value)).ToList());
        var checkInIds = counted.Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code).Select(a => a.Id).ToList();
        var ratings = await db.AssessmentAnswers.AsNoTracking()
            .Where(x => checkInIds.Contains(x.AssessmentId) && x.Kind == AnswerKind.Answered)
            .Select(x => new { x.AssessmentId, x.ItemKey, x.Value })
            .ToListAsync(cancellationToken);
        var completedAt = counted.Where(a => checkInIds.Contains(a.Id)).ToDictionary(a => a.Id, a => a.CompletedAtUtc!.Value);
        var domains = ratings.Where(r => r.Value is not null && FamilyNeedsCheckIn.Domains.Any(d => d.Key == r.ItemKey))
            .GroupBy(r => r.ItemKey)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TrendPoint>)g.Select(r => new TrendPoint(completedAt[r.AssessmentId], r.AssessmentId, r.Value!.Value)).OrderBy(p => p.AtUtc).ToList());
        return new MemberAssessments(familyId, member.Family, member.Id, member.Name, member.Role, member.Relationship, assessments,
            lastCheckIn is { } last ? DateOnly.FromDateTime(time.ToLocal(last)).AddDays(rules.ReassessmentDays) : null, totals, domains);
    }
}
