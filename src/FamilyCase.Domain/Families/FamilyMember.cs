using FamilyCase.Domain.Consents;

namespace FamilyCase.Domain.Families;

/// <summary>One person in a family file, with a record of their own.</summary>
public class FamilyMember : IVersioned
{
    /// <summary>Ontario's age of majority.</summary>
    public const int AgeOfMajority = 18;

    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public MemberRole Role { get; set; }

    /// <summary>Relationship to the identified child, in plain words ("Mother", "Older brother").</summary>
    public required string Relationship { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? PreferredName { get; set; }
    public string? Pronouns { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>How to reach this person without putting them at risk.</summary>
    public SafeContact SafeContact { get; set; } = new();
    public string? Language { get; set; }

    /// <summary>Cultural, spiritual or community supports the person names (First Nations, Métis, Inuit, newcomer, faith...).</summary>
    public string? CulturalSupports { get; set; }

    /// <summary>Recognised as a victim of crime in their own right; null when not yet discussed.</summary>
    public bool? RecognisedAsVictim { get; set; }
    public bool? RegisteredWithVictimServices { get; set; }

    /// <summary>No-contact orders and safety concerns about this person's contact with others.</summary>
    public string? SafetyNotes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<Consent> Consents { get; } = [];

    public string NameToUse => string.IsNullOrWhiteSpace(PreferredName) ? FirstName : PreferredName;

    public int? AgeOn(DateOnly day) => DateOfBirth is { } born ? Ages.YearsBetween(born, day) : null;

    /// <summary>True when the person is under 18 on the day, and also when the date of birth is unknown for an identified child or sibling, who are then treated as minors to be safe.</summary>
    public bool IsMinorOn(DateOnly day) => AgeOn(day) is { } age
        ? age < AgeOfMajority
        : Role is MemberRole.IdentifiedChild or MemberRole.Sibling;
}
