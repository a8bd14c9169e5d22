using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Plans;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace FamilyCase.Reports.Tests;

public class LayoutTests
{
    [Fact]
    public void Forty_referrals_span_pages_with_the_table_header_on_each_and_none_lost()
    {
        var sample = new SampleCourtCase();
        sample.Ban();
        for (var i = 1; i <= 40; i++)
        {
            sample.Referrals.Add(new ReferralLine(sample.Mother.Id, $"Program number {i:00} of the long list", ServiceKind.ParentPeerSupport, false, ReferralStatus.Waitlisted, new DateOnly(2026, 1, 1).AddDays(i)));
        }

        var text = Render.Text(sample, Domain.Documents.DocumentAudience.CrownVictimWitness);

        var withReferrals = text.Pages.Where(p => p.Contains("of the long list", StringComparison.Ordinal)).ToList();
        Assert.True(withReferrals.Count >= 2, $"The referrals fit on {withReferrals.Count} page(s).");
        Assert.All(withReferrals, page => Assert.Contains("Service Where it stands Since", Flat(page), StringComparison.Ordinal));
        for (var i = 1; i <= 40; i++)
        {
            Assert.Contains($"Program number {i:00} of the long list", text.Flat, StringComparison.Ordinal);
        }
        for (var page = 1; page <= text.Pages.Count; page++)
        {
            Assert.Contains($"Confidential — page {page} of {text.Pages.Count}", text.Pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("A publication ban is in force", text.Pages[page - 1], StringComparison.Ordinal);
            Assert.Contains("Court file 4411-998-26-12345", text.Pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void French_accents_and_syllabics_survive_extraction()
    {
        var sample = new SampleCourtCase();
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, "Centre d'amitié autochtone — « Été » ᓄᓇᕗᑦ", ServiceKind.ParentPeerSupport, false, ReferralStatus.Active, new DateOnly(2026, 9, 1)));

        var text = Render.Text(sample, Domain.Documents.DocumentAudience.CrownVictimWitness).Flat;

        Assert.Contains("Centre d'amitié autochtone — « Été » ᓄᓇᕗᑦ", text, StringComparison.Ordinal);
        Assert.Contains("Renée Lachance", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_tagged_with_its_language_its_title_shown_and_a_bookmark_per_section()
    {
        var bytes = PdfRenderer.Render(CourtDocumentComposer.Compose(new SampleCourtCase().Source()).Model).Bytes;

        using var document = PdfDocument.Open(bytes);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Create("StructTreeRoot"), out _));
        Assert.True(catalog.TryGet(NameToken.Create("Lang"), out var language));
        Assert.Equal("en-CA", ((StringToken)language).Data);
        Assert.True(catalog.TryGet(NameToken.Create("MarkInfo"), out _));
        Assert.True(catalog.TryGet(NameToken.Create("ViewerPreferences"), out _));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Court-support summary", "Role in the proceeding", "Accommodations and testimonial aids", "Supports in place", "Prepared by"],
            bookmarks.GetNodes().Select(n => n.Title));
        Assert.Equal("Court-support summary, court file 4411-998-26-12345", document.Information.Title);
    }

    [Fact]
    public void A_protected_copy_needs_its_password()
    {
        var bytes = PdfRenderer.Render(CourtDocumentComposer.Compose(new SampleCourtCase().Source()).Model).Bytes;

        var protectedCopy = PdfRenderer.Protect(bytes, "river-stone-42");

        Assert.ThrowsAny<Exception>(() => PdfText.Read(protectedCopy));
        Assert.Contains("Court-support summary", PdfText.Read(protectedCopy, "river-stone-42").Flat, StringComparison.Ordinal);
        Assert.DoesNotContain("river-stone-42", System.Text.Encoding.Latin1.GetString(protectedCopy), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_documents_in_one_file_keep_their_own_page_numbers_under_a_bookmark_each()
    {
        var first = CourtDocumentComposer.Compose(new SampleCourtCase().Source()).Model;
        var second = CourtDocumentComposer.Compose(new SampleCourtCase().Source(Domain.Documents.DocumentAudience.Family)).Model;

        var text = PdfText.Read(PdfRenderer.Render([new RenderPart(first, Domain.Documents.Redactor.Words("FC-2026-00099 summary")), new RenderPart(second, Domain.Documents.Redactor.Words("FC-2026-00099 family sheet"))], first.Info).Bytes);

        Assert.Contains("FC-2026-00099 summary", text.Bookmarks);
        Assert.Contains("FC-2026-00099 family sheet", text.Bookmarks);
        Assert.Contains("For you and your family — page 1 of", text.Pages.First(p => p.Contains("Your court day", StringComparison.Ordinal) && p.Contains("When and where", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(47)]
    [InlineData(60)]
    [InlineData(140)]
    public void A_table_row_taller_than_the_room_left_is_moved_or_split_and_never_loses_a_line(int lines)
    {
        var sample = new SampleCourtCase();
        var service = string.Join(' ', Enumerable.Range(1, lines).Select(i => $"line{i:000}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, service, ServiceKind.Other, false, ReferralStatus.Active, new DateOnly(2026, 9, 1)));

        var text = Render.Text(sample, Domain.Documents.DocumentAudience.CrownVictimWitness).Flat;

        for (var i = 1; i <= lines; i++)
        {
            Assert.Contains($"line{i:000}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_long_running_header_is_cut_to_the_page_not_drawn_off_it()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.CourtFileNumber = string.Concat(Enumerable.Repeat("4411-998-26-12345/", 12));

        var text = Render.Text(sample, Domain.Documents.DocumentAudience.CrownVictimWitness);

        Assert.All(text.Pages, page => Assert.Contains("…", page.Split('\n')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void The_agency_logo_is_drawn_on_the_first_page_only_and_described_for_screen_readers()
    {
        var logo = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "sample-logo.png"));
        var source = new SampleCourtCase().Source() with { Agency = new AgencyDetails("Northern Families Support", null, logo) };

        var bytes = PdfRenderer.Render(CourtDocumentComposer.Compose(source).Model).Bytes;

        using var document = PdfDocument.Open(bytes);
        var pages = document.GetPages().ToList();
        Assert.Single(pages[0].GetImages());
        Assert.All(pages.Skip(1), page => Assert.Empty(page.GetImages()));
        Assert.Contains("Logo of Northern Families Support", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_the_font_cannot_draw_shows_as_a_replacement_mark_and_nothing_around_it_is_lost()
    {
        var sample = new SampleCourtCase();
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, "Tamil family circle தமிழ் 🌱 (Scarborough)", ServiceKind.CulturallySpecific, false, ReferralStatus.Active, new DateOnly(2026, 9, 1)));

        var text = Render.Text(sample, Domain.Documents.DocumentAudience.CrownVictimWitness).Flat;

        Assert.Matches("Tamil family circle \uFFFD{5} \uFFFD \\(Scarborough\\)", text);
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
