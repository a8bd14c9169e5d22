using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Plans;

/// <summary>Reads each person's latest finished check-in and what has become of its suggestions, inside the access policy.</summary>
public static class CheckInSuggestions
{
    public static async Task<Dictionary<int, IReadOnlyList<GoalSuggestion>>> LoadAsync(FamilyCaseDb db, IQueryable<Family> family, StaffScope scope, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var latest = await family.AssessmentsVisibleTo(scope, nowUtc)
            .Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code && a.Status != AssessmentStatus.Draft)
            .GroupBy(a => a.FamilyMemberId)
            .Select(g => g.OrderByDescending(a => a.CompletedAtUtc).ThenByDescending(a => a.Id).Select(a => a.Id).First())
            .ToListAsync(cancellationToken);
        if (latest.Count == 0)
        {
            return [];
        }

        var ratings = await db.AssessmentAnswers.AsNoTracking()
            .Where(a => latest.Contains(a.AssessmentId) && a.Kind == AnswerKind.Answered && a.Value >= FamilyNeedsCheckIn.SuggestGoalAt)
            .Select(a => new { a.AssessmentId, a.Assessment!.FamilyMemberId, a.ItemKey, Value = a.Value!.Value })
            .ToListAsync(cancellationToken);
        var goals = await family.GoalsVisibleTo(scope, nowUtc).Select(g => new { g.FamilyMemberId, g.DomainKey, g.SourceAssessmentId, g.Status }).ToListAsync(cancellationToken);
        var declined = await family.DeclinedSuggestionsVisibleTo(scope, nowUtc).Select(d => new { d.FamilyMemberId, d.AssessmentId, d.DomainKey }).ToListAsync(cancellationToken);
        return ratings.GroupBy(r => (r.FamilyMemberId, r.AssessmentId)).ToDictionary(
            g => g.Key.FamilyMemberId,
            g => GoalSuggestions.Open(
                g.Key.AssessmentId,
                g.ToDictionary(r => r.ItemKey, r => r.Value),
                goals.Where(x => x.FamilyMemberId == g.Key.FamilyMemberId).Select(x => (x.DomainKey, x.SourceAssessmentId, x.Status)),
                declined.Where(x => x.FamilyMemberId == g.Key.FamilyMemberId).Select(x => (x.AssessmentId, x.DomainKey))));
    }
}
