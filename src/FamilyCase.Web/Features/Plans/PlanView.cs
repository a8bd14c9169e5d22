using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;

namespace FamilyCase.Web.Features.Plans;

/// <summary>A family's plan: every person's suggestions, goals and referrals, side by side.</summary>
public sealed record PlanView(IReadOnlyList<MemberPlan> Members);

public sealed record MemberPlan(int MemberId, string Name, MemberRole Role, IReadOnlyList<GoalSuggestion> Suggestions, IReadOnlyList<GoalRow> Goals, IReadOnlyList<ReferralRow> Referrals);

public sealed record GoalRow(int Id, int MemberId, string DomainKey, string InTheirWords, DateOnly? TargetOn, GoalStatus Status, DateOnly StatusOn, string? StatusNote, bool FromCheckIn, IReadOnlyList<GoalActionRow> Actions)
{
    public string Need => GoalSuggestions.DomainTitle(DomainKey);
}

public sealed record GoalActionRow(string Who, string What, DateOnly? ByOn, bool Done);

public sealed record ReferralRow(
    int Id, int MemberId, string Service, string? Organisation, bool InDirectory, ServiceKind Kind, int? GoalId, DateOnly ReferredOn, bool SharesInformation,
    ReferralStatus Status, DateOnly StatusOn, int? WaitDays, ReferralBarrier Barriers, string? Outcome, IReadOnlyList<ReferralStepRow> History)
{
    public ReferralTie Tie => ReferralStatuses.TieOf(Status);
}

public sealed record ReferralStepRow(ReferralStatus Status, DateOnly On, bool Correction, bool SetAside, string? Note);
