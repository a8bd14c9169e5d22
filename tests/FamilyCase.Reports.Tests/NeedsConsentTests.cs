using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Documents;

namespace FamilyCase.Reports.Tests;

/// <summary>The needs section prints only with the person's consent in force on the day the document is generated.</summary>
public class NeedsConsentTests
{
    [Fact]
    public void With_both_consents_the_needs_print_strengths_first()
    {
        var sample = WithCheckIn();
        SampleCourtCase.ConsentToShareNeeds(sample.Mother);

        var (document, text) = Render.Read(sample.Source());

        Assert.Contains(document.Sections, s => s.Section == DocumentSection.Needs && s.MemberId == sample.Mother.Id && s.Included);
        var flat = text.Flat;
        Assert.True(flat.IndexOf("has family and friends to lean on", StringComparison.Ordinal) < flat.IndexOf("may need breaks", StringComparison.Ordinal));
    }

    [Fact]
    public void With_no_consent_the_section_is_left_out_and_says_why()
    {
        var sample = WithCheckIn();

        var (document, text) = Render.Read(sample.Source());

        Assert.Equal(LeftOutReason.NoConsent, Outcome(document, sample).LeftOut);
        Assert.DoesNotContain("may need breaks", text.Flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_to_the_summary_alone_is_not_consent_to_share_with_the_court()
    {
        var sample = WithCheckIn();
        SampleCourtCase.Consent(sample.Mother, ConsentScope.IncludeInCourtSummary, true, new DateOnly(2026, 12, 1));

        Assert.Equal(LeftOutReason.NoConsent, Outcome(Render.Read(sample.Source()).Document, sample).LeftOut);
    }

    [Fact]
    public void Consent_withdrawn_after_a_first_document_removes_the_section_from_the_next()
    {
        var sample = WithCheckIn();
        SampleCourtCase.ConsentToShareNeeds(sample.Mother);
        var before = Render.Read(sample.Source());
        SampleCourtCase.Consent(sample.Mother, ConsentScope.ShareWithCourt, false, new DateOnly(2027, 1, 5));

        var (after, text) = Render.Read(sample.Source());

        Assert.Contains("may need breaks", before.Text.Flat, StringComparison.Ordinal);
        Assert.Equal(LeftOutReason.ConsentWithdrawn, Outcome(after, sample).LeftOut);
        Assert.DoesNotContain("may need breaks", text.Flat, StringComparison.Ordinal);
        Assert.Equal("consent to share with the court was withdrawn", DocumentSections.Reason(LeftOutReason.ConsentWithdrawn));
    }

    [Fact]
    public void Expired_consent_leaves_the_section_out()
    {
        var sample = WithCheckIn();
        SampleCourtCase.Consent(sample.Mother, ConsentScope.IncludeInCourtSummary, true, new DateOnly(2026, 1, 1), expires: new DateOnly(2026, 12, 31));
        SampleCourtCase.Consent(sample.Mother, ConsentScope.ShareWithCourt, true, new DateOnly(2026, 1, 1));

        Assert.Equal(LeftOutReason.ConsentExpired, Outcome(Render.Read(sample.Source()).Document, sample).LeftOut);
    }

    [Fact]
    public void Without_a_check_in_there_is_nothing_to_print()
    {
        var sample = new SampleCourtCase();
        SampleCourtCase.ConsentToShareNeeds(sample.Mother);

        Assert.Equal(LeftOutReason.NoData, Outcome(Render.Read(sample.Source()).Document, sample).LeftOut);
    }

    private static SectionOutcome Outcome(Composition.ComposedDocument document, SampleCourtCase sample) =>
        document.Sections.Single(s => s.Section == DocumentSection.Needs && s.MemberId == sample.Mother.Id);

    private static SampleCourtCase WithCheckIn()
    {
        var sample = new SampleCourtCase();
        sample.CheckIns[sample.Mother.Id] = new Dictionary<string, int?> { ["checkin.wellbeing"] = 2, ["checkin.support"] = 0, ["checkin.heard"] = null };
        return sample;
    }
}
