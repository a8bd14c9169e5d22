using FamilyCase.Data.Validation;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;

namespace FamilyCase.Web.Features.Consents;

/// <summary>Checks for a consent decision, sized by the columns, for the dialog and the command alike.</summary>
public sealed class ConsentRules(ColumnLimits columns)
{
    public TextRule<ConsentForm> Recipient { get; } = new("The provider's name", columns.Of<Consent>(c => c.Recipient), f => f.Recipient);
    public TextRule<ConsentForm> Note { get; } = new("The note", columns.Of<Consent>(c => c.Note), f => f.Note);

    public string? FirstProblem(ConsentForm form, DateOnly today)
    {
        if (form.MemberId is null || form.DecidedOn is null)
        {
            return "Please choose the person and the date of their decision.";
        }

        return TextRules.FirstProblem([Recipient, Note], form)
            ?? form.CheckRecipient(form.Recipient)
            ?? AgencyTime.OutOfRange(form.DecidedOn, "the date of the decision")
            ?? (DateOnly.FromDateTime(form.DecidedOn.Value) > today ? "The date of the decision cannot be in the future." : null)
            ?? AgencyTime.OutOfRange(form.ExpiresOn, "the expiry date")
            ?? form.CheckExpiry(form.ExpiresOn);
    }
}
