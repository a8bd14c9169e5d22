namespace FamilyCase.Domain.Justice;

/// <summary>A publication ban made in a proceeding (for example s. 486.4 on the identity of a complainant or witness; it lasts after the case).</summary>
public class PublicationBan
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Families.Family? Family { get; set; }
    public int ProceedingId { get; set; }
    public required string Section { get; set; }
    public DateOnly? MadeOn { get; set; }

    /// <summary>What may not be published, in the order's words.</summary>
    public string? Scope { get; set; }

    /// <summary>Who the order protects, in plain words ("the complainant and any witness under 18").</summary>
    public string? Protects { get; set; }
}
