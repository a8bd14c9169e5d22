using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Notes;

namespace FamilyCase.Web.Features.Shared;

/// <summary>The plain words the screens use for the domain's closed sets.</summary>
public static class FamilyWords
{
    public static string Status(FamilyStatus status) => status switch
    {
        FamilyStatus.OnHold => "On hold",
        _ => status.ToString(),
    };

    public static string Role(MemberRole role) => role switch
    {
        MemberRole.IdentifiedChild => "Identified child",
        MemberRole.Parent => "Parent",
        MemberRole.StepParent => "Step-parent",
        MemberRole.Guardian => "Guardian or kinship caregiver",
        MemberRole.Sibling => "Sibling",
        MemberRole.ExtendedFamily => "Extended family",
        _ => "Other support",
    };

    public static string Contact(ContactKind kind) => kind switch
    {
        ContactKind.InPerson => "In person",
        ContactKind.CourtAccompaniment => "Court accompaniment",
        _ => kind.ToString(),
    };

    public static string Scope(ConsentScope scope) => scope switch
    {
        ConsentScope.ShareWithCourt => "Share with the court",
        ConsentScope.ShareWithPolice => "Share with police",
        ConsentScope.ShareWithProvider => "Share with a named provider",
        _ => "Include in the court-support summary",
    };

    public static string State(ConsentState state) => state switch
    {
        ConsentState.NotRecorded => "Not asked yet",
        ConsentState.Given => "Given",
        ConsentState.Withdrawn => "Withdrawn",
        _ => "Expired",
    };

    public static string YesNoUnknown(bool? value, string yes, string no, string unknown) => value switch
    {
        true => yes,
        false => no,
        _ => unknown,
    };
}
