using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Justice;

/// <summary>How the person felt the contact went, in their terms.</summary>
public enum PoliceExperience
{
    Supported,
    Neutral,
    NotSupported,
}

/// <summary>A contact between a family member and police, with how the person experienced it in their own words.</summary>
public class PoliceContact : IVersioned
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public int FamilyMemberId { get; set; }
    public FamilyMember? Member { get; set; }
    public DateOnly OccurredOn { get; set; }
    public required string PoliceService { get; set; }
    public string? Officer { get; set; }
    public required string Purpose { get; set; }
    public PoliceExperience Experience { get; set; }

    /// <summary>The person's own words about the contact.</summary>
    public string? InTheirWords { get; set; }
    public string? FollowUp { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
}
