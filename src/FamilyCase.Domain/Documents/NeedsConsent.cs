using FamilyCase.Domain.Consents;

namespace FamilyCase.Domain.Documents;

/// <summary>
/// A person's needs go into a court document only with two decisions of theirs in force on the day it is generated:
/// to include them in the court-support summary, and to share with the court.
/// </summary>
public static class NeedsConsent
{
    public static readonly IReadOnlyList<ConsentScope> Required = [ConsentScope.IncludeInCourtSummary, ConsentScope.ShareWithCourt];

    /// <summary>Why the needs section is left out, or null when it may be printed.</summary>
    public static LeftOutReason? Check(IEnumerable<Consent> history, DateOnly day)
    {
        var decisions = history.ToList();
        foreach (var scope in Required)
        {
            switch (ConsentRecord.StateOf(decisions, scope, day))
            {
                case ConsentState.Given:
                    continue;
                case ConsentState.Withdrawn:
                    return LeftOutReason.ConsentWithdrawn;
                case ConsentState.Expired:
                    return LeftOutReason.ConsentExpired;
                default:
                    return LeftOutReason.NoConsent;
            }
        }
        return null;
    }
}
