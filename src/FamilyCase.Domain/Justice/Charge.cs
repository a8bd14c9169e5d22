namespace FamilyCase.Domain.Justice;

/// <summary>One charge, worded as on the court document (for example "279.011(1) Trafficking of a person under the age of eighteen years").</summary>
public class Charge
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Families.Family? Family { get; set; }
    public int ProceedingId { get; set; }

    /// <summary>The section as the agency lists it, or as typed when it is not on the list.</summary>
    public required string Section { get; set; }
    public string? Wording { get; set; }
}
