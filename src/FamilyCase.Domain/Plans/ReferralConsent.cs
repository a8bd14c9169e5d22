using FamilyCase.Domain.Consents;

namespace FamilyCase.Domain.Plans;

/// <summary>What the consent record says about sending a referral, in words for the worker.</summary>
public sealed record ConsentCheck(bool MaySend, ConsentState State, string Message);

/// <summary>
/// A referral that shares the person's information needs their consent to share with that organisation, in force on the day
/// it is sent (the latest decision for <see cref="ConsentScope.ShareWithProvider"/> naming the organisation). A referral the
/// person makes themselves shares nothing and needs none.
/// </summary>
public static class ReferralConsent
{
    public static ConsentCheck Check(IEnumerable<Consent> history, bool sharesInformation, string organisation, string person, DateOnly day)
    {
        if (!sharesInformation)
        {
            return new(true, ConsentState.NotRecorded, "Nothing is shared with the service for this referral, so no consent is needed.");
        }

        var state = ConsentRecord.StateOf(history, ConsentScope.ShareWithProvider, day, organisation);
        return state switch
        {
            ConsentState.Given => new(true, state, $"{person} agreed to share information with {organisation}."),
            ConsentState.Withdrawn => new(false, state, $"{person} withdrew consent to share information with {organisation}. Ask them again and record their decision on the Consent tab, or let them refer themselves."),
            ConsentState.Expired => new(false, state, $"{person}'s consent to share information with {organisation} has expired. Ask them again and record their decision on the Consent tab, or let them refer themselves."),
            _ => new(false, state, $"No consent from {person} to share information with {organisation} is recorded. Ask them and record it on the Consent tab (Share with a named provider, naming {organisation}), or let them refer themselves."),
        };
    }
}
