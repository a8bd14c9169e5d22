namespace FamilyCase.Domain.Directory;

/// <summary>An organisation in the service directory. Its name is the recipient named in a consent to share information.</summary>
public class ServiceOrganisation : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? About { get; set; }

    /// <summary>Retired organisations are no longer offered for new referrals; their programs and referrals stay on record.</summary>
    public DateOnly? RetiredOn { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<ServiceProgram> Programs { get; } = [];
}
