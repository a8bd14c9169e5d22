using FamilyCase.Domain.Consents;

namespace FamilyCase.Domain.Tests.Consents;

public sealed class ConsentRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Nothing_recorded_is_not_consent()
    {
        Assert.Equal(ConsentState.NotRecorded, ConsentRecord.StateOf([], ConsentScope.ShareWithCourt, Today));
        Assert.False(ConsentRecord.Allows([], ConsentScope.ShareWithCourt, Today));
    }

    [Fact]
    public void A_later_withdrawal_overrides_an_earlier_consent()
    {
        Consent[] history =
        [
            new() { Id = 1, Scope = ConsentScope.ShareWithCourt, Given = true, DecidedOn = new(2026, 3, 1) },
            new() { Id = 2, Scope = ConsentScope.ShareWithCourt, Given = false, DecidedOn = new(2026, 9, 1) },
        ];

        Assert.Equal(ConsentState.Withdrawn, ConsentRecord.StateOf(history, ConsentScope.ShareWithCourt, Today));
    }

    [Fact]
    public void Consent_given_again_after_a_withdrawal_counts()
    {
        Consent[] history =
        [
            new() { Id = 1, Scope = ConsentScope.ShareWithPolice, Given = false, DecidedOn = new(2026, 3, 1) },
            new() { Id = 2, Scope = ConsentScope.ShareWithPolice, Given = true, DecidedOn = new(2026, 9, 1) },
        ];

        Assert.True(ConsentRecord.Allows(history, ConsentScope.ShareWithPolice, Today));
    }

    [Theory]
    [InlineData(2026, 11, 24, ConsentState.Expired)]
    [InlineData(2026, 11, 25, ConsentState.Given)]
    [InlineData(2027, 1, 1, ConsentState.Given)]
    public void Consent_lasts_through_its_expiry_date_and_not_after(int year, int month, int day, ConsentState expected)
    {
        Consent[] history = [new() { Scope = ConsentScope.IncludeInCourtSummary, Given = true, DecidedOn = new(2026, 1, 1), ExpiresOn = new(year, month, day) }];

        Assert.Equal(expected, ConsentRecord.StateOf(history, ConsentScope.IncludeInCourtSummary, Today));
    }

    [Fact]
    public void Consent_for_one_scope_or_provider_says_nothing_about_another()
    {
        Consent[] history =
        [
            new() { Scope = ConsentScope.ShareWithProvider, Recipient = "Peel Family Counselling", Given = true, DecidedOn = new(2026, 5, 1) },
        ];

        Assert.True(ConsentRecord.Allows(history, ConsentScope.ShareWithProvider, Today, "peel family counselling"));
        Assert.False(ConsentRecord.Allows(history, ConsentScope.ShareWithProvider, Today, "Halton Housing Help"));
        Assert.False(ConsentRecord.Allows(history, ConsentScope.ShareWithCourt, Today));
    }
}
