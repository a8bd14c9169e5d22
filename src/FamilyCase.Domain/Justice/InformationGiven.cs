using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Justice;

/// <summary>What victims are entitled to be told (Ontario's Victims' Bill of Rights; Canadian Victims Bill of Rights).</summary>
public enum InformationTopic
{
    RightsAndServices,
    CourtDates,
    BailConditionsAndRelease,
    Plea,
    Sentence,
    Parole,
    VictimServices,
    Restitution,
    InvestigationAndCharges,
}

public enum InformationMethod
{
    InPerson,
    Phone,
    Virtual,
    Letter,
    Email,
}

/// <summary>A record that a member was told something about their rights or the case: what, when, by whom and how.</summary>
public class InformationGiven : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public InformationTopic Topic { get; set; }
    public DateOnly GivenOn { get; set; }
    public int GivenByStaffId { get; set; }
    public StaffMember? GivenBy { get; set; }
    public InformationMethod Method { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}
