using FamilyCase.Domain.Documents;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Rendering;

namespace FamilyCase.Reports.Tests;

internal static class Render
{
    public static (ComposedDocument Document, PdfText Text) Read(CourtDocumentSource source)
    {
        var document = CourtDocumentComposer.Compose(source);
        return (document, PdfText.Read(PdfRenderer.Render(document.Model).Bytes));
    }

    public static PdfText Text(SampleCourtCase sample, DocumentAudience audience) => Read(sample.Source(audience)).Text;

    public static IEnumerable<DocumentAudience> Audiences => Enum.GetValues<DocumentAudience>();
}
