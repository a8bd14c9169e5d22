using FamilyCase.Domain.Assessments.Instruments;

namespace FamilyCase.Domain.Plans;

/// <summary>A goal the check-in suggests for a domain rated 2 or 3, for the person to accept, reword or decline.</summary>
public sealed record GoalSuggestion(int AssessmentId, string DomainKey, string DomainTitle, int Rating, string SuggestedGoal);

/// <summary>
/// The suggestions of a person's latest check-in still waiting for an answer: a domain rated at or above
/// <see cref="FamilyNeedsCheckIn.SuggestGoalAt"/> is suggested unless a goal was made from it, it was declined,
/// or the person already has an active goal in that domain.
/// </summary>
public static class GoalSuggestions
{
    public static IReadOnlyList<GoalSuggestion> Open(
        int assessmentId,
        IReadOnlyDictionary<string, int> ratings,
        IEnumerable<(string DomainKey, int? SourceAssessmentId, GoalStatus Status)> goals,
        IEnumerable<(int AssessmentId, string DomainKey)> declined)
    {
        var goalList = goals.ToList();
        var answered = goalList.Where(g => g.SourceAssessmentId == assessmentId).Select(g => g.DomainKey)
            .Concat(goalList.Where(g => g.Status == GoalStatus.Active).Select(g => g.DomainKey))
            .Concat(declined.Where(d => d.AssessmentId == assessmentId).Select(d => d.DomainKey))
            .ToHashSet();
        return FamilyNeedsCheckIn.Domains
            .Where(d => ratings.TryGetValue(d.Key, out var rating) && rating >= FamilyNeedsCheckIn.SuggestGoalAt && !answered.Contains(d.Key))
            .Select(d => new GoalSuggestion(assessmentId, d.Key, d.Title, ratings[d.Key], d.SuggestedGoal))
            .ToList();
    }

    public static string DomainTitle(string domainKey) =>
        FamilyNeedsCheckIn.Domains.FirstOrDefault(d => d.Key == domainKey)?.Title ?? "Other";
}
