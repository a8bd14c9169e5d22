using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Plans;

namespace FamilyCase.Domain.Tests.Plans;

public sealed class ReferralConsentTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Sharing_with_a_program_needs_consent_naming_its_organisation()
    {
        var check = ReferralConsent.Check([], sharesInformation: true, "Harbourlight Family Support Network", "Ubah", Today);

        Assert.False(check.MaySend);
        Assert.Equal(ConsentState.NotRecorded, check.State);
        Assert.Equal("No consent from Ubah to share information with Harbourlight Family Support Network is recorded. Ask them and record it on the Consent tab (Share with a named provider, naming Harbourlight Family Support Network), or let them refer themselves.", check.Message);
    }

    [Fact]
    public void Consent_given_to_that_organisation_lets_the_referral_go_and_consent_to_another_does_not()
    {
        Consent[] history = [Given("Harbourlight Family Support Network")];

        Assert.True(ReferralConsent.Check(history, true, "harbourlight family support network", "Ubah", Today).MaySend);
        Assert.False(ReferralConsent.Check(history, true, "Scarborough Family Counselling Centre", "Ubah", Today).MaySend);
    }

    [Fact]
    public void Withdrawn_or_expired_consent_stops_the_referral_and_says_why()
    {
        var withdrawn = ReferralConsent.Check([Given("Harbourlight"), Given("Harbourlight", given: false, on: Today.AddDays(-1))], true, "Harbourlight", "Ubah", Today);
        var expired = ReferralConsent.Check([Given("Harbourlight", expires: Today.AddDays(-1))], true, "Harbourlight", "Ubah", Today);

        Assert.Equal((false, ConsentState.Withdrawn), (withdrawn.MaySend, withdrawn.State));
        Assert.StartsWith("Ubah withdrew consent", withdrawn.Message, StringComparison.Ordinal);
        Assert.Equal((false, ConsentState.Expired), (expired.MaySend, expired.State));
    }

    [Fact]
    public void A_referral_the_person_makes_themselves_shares_nothing_and_needs_no_consent() =>
        Assert.True(ReferralConsent.Check([], sharesInformation: false, "Harbourlight", "Ubah", Today).MaySend);

    [Fact]
    public void Terms_are_stored_so_a_plain_substring_finds_one_whole_term()
    {
        var stored = TermList.Format(["English", " French ", "english", "", "Somali|Arabic"]);

        Assert.Equal("|English|French|Somali Arabic|", stored);
        Assert.Equal(["English", "French", "Somali Arabic"], TermList.Parse(stored));
        Assert.Contains(TermList.Token("French"), stored, StringComparison.Ordinal);
        Assert.DoesNotContain(TermList.Token("Fren"), stored, StringComparison.Ordinal);
        Assert.True(Catchment.Covers(["Province-wide"], "Peel"));
        Assert.False(Catchment.Covers(["Toronto", "Durham"], "Peel"));
    }

    private static Consent Given(string recipient, bool given = true, DateOnly? on = null, DateOnly? expires = null) => new()
    {
        Scope = ConsentScope.ShareWithProvider, Recipient = recipient, Given = given, DecidedOn = on ?? Today.AddDays(-30), ExpiresOn = expires,
    };
}
