using FamilyCase.Domain.Documents;
using FamilyCase.Reports.Model;

namespace FamilyCase.Reports.Composition;

/// <summary>A document ready to draw, with each section's outcome: printed, or left out and why.</summary>
public sealed record ComposedDocument(DocumentKind Kind, DocumentModel Model, IReadOnlyList<SectionOutcome> Sections)
{
    public IEnumerable<SectionOutcome> LeftOut => Sections.Where(s => !s.Included);
}
