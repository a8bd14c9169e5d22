using BenchmarkDotNet.Attributes;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Model;
using FamilyCase.Reports.Rendering;
using FamilyCase.Testing;
using Microsoft.Playwright;

namespace FamilyCase.Benchmarks;

/// <summary>
/// A typical court-support summary composed and drawn with PDFsharp; a court day of 100 summaries in one file with a bookmark
/// each; and, in the same run, the same summary printed as HTML by headless Chromium (page.PdfAsync), the usual alternative.
/// </summary>
[MemoryDiagnoser]
public class CourtDocumentBenchmarks
{
    private CourtDocumentSource _source = null!;
    private List<CourtDocumentSource> _day = [];
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private string _html = "";
    private string _header = "";

    [GlobalSetup]
    public void Setup()
    {
        _source = TypicalCourtCase.Source();
        _day = Enumerable.Range(1, 100).Select(i => TypicalCourtCase.Source(i)).ToList();
        var model = CourtDocumentComposer.Compose(_source).Model;
        Console.WriteLine($"// A typical summary is {PdfRenderer.Render(model).Pages} pages.");
        _html = HtmlTwin.Of(model);
        _header = model.RunningHeader.Value;
        (_playwright, _browser) = Chromium.LaunchAsync().GetAwaiter().GetResult();
        _page = _browser.NewPageAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _browser.CloseAsync().GetAwaiter().GetResult();
        _playwright.Dispose();
    }

    [Benchmark(Baseline = true)]
    public byte[] Summary() => PdfRenderer.Render(CourtDocumentComposer.Compose(_source).Model).Bytes;

    /// <summary>What a court-day run does: each packet composed and drawn alone (its record's hash), then all in one file.</summary>
    [Benchmark]
    public byte[] CourtDayOf100()
    {
        var parts = new List<RenderPart>(_day.Count);
        foreach (var source in _day)
        {
            var model = CourtDocumentComposer.Compose(source).Model;
            _ = PdfRenderer.Render(model);
            parts.Add(new RenderPart(model, FamilyCase.Domain.Documents.Redactor.Words(source.Family.FileNumber)));
        }

        return PdfRenderer.Render(parts, parts[0].Model.Info).Bytes;
    }

    [Benchmark]
    public async Task<byte[]> ChromiumSummary()
    {
        await _page.SetContentAsync(_html);
        return await _page.PdfAsync(new PagePdfOptions
        {
            Format = "Letter", PrintBackground = true, DisplayHeaderFooter = true,
            HeaderTemplate = $"<div style=\"font-size:8px;margin-left:54px\">{System.Net.WebUtility.HtmlEncode(_header)}</div>",
            FooterTemplate = "<div style=\"font-size:8px;width:100%;text-align:center\">Confidential — page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>",
            Margin = new Margin { Top = "72px", Bottom = "60px", Left = "54px", Right = "54px" },
            Tagged = true,
        });
    }
}
