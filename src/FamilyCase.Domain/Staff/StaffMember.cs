namespace FamilyCase.Domain.Staff;

public class StaffMember
{
    public int Id { get; set; }
    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public StaffRole Role { get; set; }
    public int? TeamId { get; set; }
    public Team? Team { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The Entra ID object id (<c>oid</c> claim) that signs in as this person, when Entra ID is used.</summary>
    public string? ExternalObjectId { get; set; }

    /// <summary>SHA-256 of the secret in this person's court-calendar feed address; null when they have none or revoked it.</summary>
    public string? CalendarFeedKeyHash { get; set; }
}
