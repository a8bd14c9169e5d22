using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Consents;

/// <summary>
/// One decision by one person about one scope. Decisions are never overwritten: a withdrawal is a new record,
/// and the latest decision for a scope is the one that counts.
/// </summary>
public class Consent
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? FamilyMember { get; set; }
    public ConsentScope Scope { get; set; }

    /// <summary>The named provider, for <see cref="ConsentScope.ShareWithProvider"/>.</summary>
    public string? Recipient { get; set; }
    public bool Given { get; set; }
    public DateOnly DecidedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Who obtained the consent and any note on the person's capacity to give it.</summary>
    public string? Note { get; set; }
    public int RecordedByStaffId { get; set; }
    public StaffMember? RecordedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }

    public ConsentState StateOn(DateOnly day) => (Given, ExpiresOn) switch
    {
        (false, _) => ConsentState.Withdrawn,
        (true, { } expires) when expires < day => ConsentState.Expired,
        _ => ConsentState.Given,
    };
}
