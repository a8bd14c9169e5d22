namespace FamilyCase.Domain.Justice;

public enum ConditionKind
{
    /// <summary>No contact, directly or indirectly, with the people named (a bail, probation or peace-bond condition).</summary>
    NoContact,

    /// <summary>To stay away from a place (the family's home, a school, a neighbourhood).</summary>
    StayAway,

    Other,
}

/// <summary>
/// A condition or order made in a proceeding that protects the family: no contact, stay away. It is printed under "Orders in
/// force" in court documents, in the order's words, until it ends.
/// </summary>
public class CourtCondition
{
    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Families.Family? Family { get; set; }
    public int ProceedingId { get; set; }
    public ConditionKind Kind { get; set; }
    public DateOnly? MadeOn { get; set; }

    /// <summary>When it ends, if the order says; null while it lasts.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>What the condition says, in the order's words.</summary>
    public string? Wording { get; set; }

    /// <summary>Who it protects, in plain words ("the complainant and her family").</summary>
    public string? Protects { get; set; }

    public bool InForceOn(DateOnly day) => (MadeOn is null || MadeOn <= day) && (EndsOn is null || EndsOn >= day);
}
