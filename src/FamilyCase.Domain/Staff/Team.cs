namespace FamilyCase.Domain.Staff;

public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Office { get; set; }

    /// <summary>The area the team serves, matched against programs' catchments; set with the team (seeds, or the database), null when not known.</summary>
    public string? Area { get; set; }
    public List<StaffMember> Members { get; } = [];
}
