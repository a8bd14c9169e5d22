using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Documents;

/// <summary>What the redaction policy needs to know about one document: the day, its audience, the orders in force and the whole family.</summary>
/// <param name="Family">Every member of the family, so a protected name is taken out wherever it turns up.</param>
public sealed record RedactionContext(DateOnly Day, DocumentAudience Audience, bool PublicationBan, bool ChildProtection, IReadOnlyList<FamilyMember> Family);
