using FamilyCase.Domain.Consents;

namespace FamilyCase.Web.Features.Consents;

public sealed class ConsentForm
{
    public int? MemberId { get; set; }
    public ConsentScope Scope { get; set; } = ConsentScope.IncludeInCourtSummary;
    public string? Recipient { get; set; }
    public bool Given { get; set; } = true;
    public DateTime? DecidedOn { get; set; }
    public DateTime? ExpiresOn { get; set; }
    public string? Note { get; set; }

    public string? CheckRecipient(string? recipient) =>
        Scope == ConsentScope.ShareWithProvider && string.IsNullOrWhiteSpace(recipient) ? "Please name the provider this consent is for." : null;

    public string? CheckExpiry(DateTime? expires) =>
        expires is { } e && DecidedOn is { } d && e.Date < d.Date ? "The expiry date cannot be before the date of the decision." : null;
}
