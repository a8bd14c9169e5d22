namespace FamilyCase.Domain.Justice;

public enum ProceedingKind
{
    CriminalProsecution,
    YouthCriminalJustice,

    /// <summary>Child protection under Ontario's Child, Youth and Family Services Act.</summary>
    ChildProtection,
    FamilyCourt,

    /// <summary>A restraining order under Ontario's Prevention of and Remedies for Human Trafficking Act; no charge is needed.</summary>
    TraffickingRestrainingOrder,
    Civil,
}
