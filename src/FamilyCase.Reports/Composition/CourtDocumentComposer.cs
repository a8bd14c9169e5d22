using FamilyCase.Domain.Documents;

namespace FamilyCase.Reports.Composition;

/// <summary>Composes the document the audience gets: the court-support summary for the Crown or the court, the court-day sheet for the family.</summary>
public static class CourtDocumentComposer
{
    public static ComposedDocument Compose(CourtDocumentSource source) =>
        DocumentAudiences.KindFor(source.Audience) == DocumentKind.CourtSupportSummary
            ? CourtSummaryComposer.Compose(source)
            : FamilySheetComposer.Compose(source);
}
