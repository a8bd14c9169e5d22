namespace FamilyCase.Domain.Staff;

public class Team
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Office { get; set; }
    public List<StaffMember> Members { get; } = [];
}
