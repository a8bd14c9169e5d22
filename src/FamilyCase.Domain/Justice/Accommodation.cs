using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

/// <summary>A testimonial aid or accommodation for one witness at one court event, with the date of each step.</summary>
public class Accommodation
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Families.Family? Family { get; set; }
    public int CourtEventId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public AccommodationKind Kind { get; set; }
    public AccommodationStatus Status { get; set; }
    public DateOnly? RequestedOn { get; set; }

    /// <summary>When it was granted, refused, withdrawn or used: the date of the present status.</summary>
    public DateOnly? StatusOn { get; set; }

    /// <summary>For a support person (s. 486.1): the family member chosen to sit with the witness.</summary>
    public int? SupportPersonMemberId { get; set; }
    public FamilyMember? SupportPerson { get; set; }
    public string? Note { get; set; }
}
