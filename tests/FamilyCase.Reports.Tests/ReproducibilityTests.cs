using System.Security.Cryptography;
using FamilyCase.Domain.Documents;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Rendering;

namespace FamilyCase.Reports.Tests;

public class ReproducibilityTests
{
    [Theory]
    [InlineData(DocumentAudience.CrownVictimWitness)]
    [InlineData(DocumentAudience.Family)]
    public void The_same_records_give_the_same_bytes(DocumentAudience audience)
    {
        var first = Render(new SampleCourtCase(), audience);
        var second = Render(new SampleCourtCase(), audience);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Fact]
    public void A_changed_record_gives_different_bytes()
    {
        var changed = new SampleCourtCase();
        changed.Event.Room = "5C";

        Assert.NotEqual(SHA256.HashData(Render(new SampleCourtCase(), DocumentAudience.CrownVictimWitness)), SHA256.HashData(Render(changed, DocumentAudience.CrownVictimWitness)));
    }

    private static byte[] Render(SampleCourtCase sample, DocumentAudience audience) =>
        PdfRenderer.Render(CourtDocumentComposer.Compose(sample.Source(audience)).Model).Bytes;
}
