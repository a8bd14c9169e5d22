namespace FamilyCase.Domain.Consents;

/// <summary>Reads a person's consent history: the latest decision per scope and recipient is the one in force.</summary>
public static class ConsentRecord
{
    public static ConsentState StateOf(IEnumerable<Consent> history, ConsentScope scope, DateOnly day, string? recipient = null) =>
        Latest(history, scope, recipient)?.StateOn(day) ?? ConsentState.NotRecorded;

    public static bool Allows(IEnumerable<Consent> history, ConsentScope scope, DateOnly day, string? recipient = null) =>
        StateOf(history, scope, day, recipient) == ConsentState.Given;

    public static Consent? Latest(IEnumerable<Consent> history, ConsentScope scope, string? recipient = null) => history
        .Where(c => c.Scope == scope && (recipient is null || string.Equals(c.Recipient, recipient, StringComparison.OrdinalIgnoreCase)))
        .OrderByDescending(c => c.DecidedOn)
        .ThenByDescending(c => c.RecordedAtUtc)
        .ThenByDescending(c => c.Id)
        .FirstOrDefault();
}
