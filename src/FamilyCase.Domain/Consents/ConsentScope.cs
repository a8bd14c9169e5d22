namespace FamilyCase.Domain.Consents;

/// <summary>What a person has agreed the agency may share, and with whom.</summary>
public enum ConsentScope
{
    ShareWithCourt,
    ShareWithPolice,
    ShareWithProvider,
    IncludeInCourtSummary,
}
