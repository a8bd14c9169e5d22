using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Access;

public enum BreakGlassOutcome
{
    /// <summary>The caseworker may open the file now, for the grant's duration.</summary>
    Open,

    /// <summary>A supervisor of the family's team has to grant it; the caseworker can ask, with the reason.</summary>
    AskSupervisor,

    /// <summary>Not possible at all for this person.</summary>
    Refused,
}

public sealed record BreakGlassDecision(BreakGlassOutcome Outcome, string Explanation);

/// <summary>The agency's limits on emergency access; the defaults keep it an exception, not a master key.</summary>
public sealed record EmergencyAccessRules(int MaxGrantsPerDay = 3, bool CrossTeam = false, int DurationHours = 4, int MaxRequestsPerDay = 10)
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(4);
    public static readonly EmergencyAccessRules Default = new();
    public const int MinimumReasonLength = 10;

    public TimeSpan Duration => TimeSpan.FromHours(DurationHours);

    /// <summary>
    /// Whether a caseworker may open this family themselves. A caseworker may break the glass only for a family of their own team
    /// (unless the agency allows cross-team access), never for a closed file, and only a few times a day; otherwise they ask.
    /// </summary>
    public BreakGlassDecision Decide(StaffScope staff, bool staffIsActive, int familyTeamId, bool familyIsClosed, int grantsToday)
    {
        if (!FamilyAccessPolicy.MayBreakGlass(staff.Role) || !staffIsActive)
        {
            return new(BreakGlassOutcome.Refused, "Emergency access is for active caseworkers only.");
        }

        // The team comes first, so that nothing else about another team's family (such as whether it is closed) is told.
        if (familyTeamId != staff.TeamId && !CrossTeam)
        {
            return new(BreakGlassOutcome.AskSupervisor, "This family belongs to another team, so a supervisor of that team has to grant access.");
        }

        if (familyIsClosed)
        {
            return new(BreakGlassOutcome.AskSupervisor, "This family's file is closed, so a supervisor of the family's team has to grant access.");
        }

        return grantsToday >= MaxGrantsPerDay
            ? new(BreakGlassOutcome.AskSupervisor, $"You have already used emergency access {MaxGrantsPerDay} times today, the most the agency allows without a supervisor, so a supervisor of the family's team has to grant it.")
            : new(BreakGlassOutcome.Open, $"You can open this file for {DurationHours} hours.");
    }

    /// <summary>Why a caseworker cannot ask again today, or null: requests reach another team's supervisors, so they are limited too.</summary>
    public string? RequestLimitReached(int requestsToday) => requestsToday >= MaxRequestsPerDay
        ? $"You have already asked for emergency access {MaxRequestsPerDay} times today, the most the agency allows. Please call a supervisor."
        : null;
}
