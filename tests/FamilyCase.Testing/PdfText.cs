using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Outline;

namespace FamilyCase.Testing;

/// <summary>Everything a reader could get out of a PDF: the text of every page, the bookmarks and the file's properties.</summary>
public sealed record PdfText(IReadOnlyList<string> Pages, IReadOnlyList<string> Bookmarks, string Properties)
{
    public string All => string.Join("\n", Pages) + "\n" + string.Join("\n", Bookmarks) + "\n" + Properties;

    /// <summary>The same text with every run of white space made one space, so words broken over lines still match.</summary>
    public string Flat => string.Join(' ', All.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static PdfText Read(byte[] pdf, string? password = null)
    {
        using var document = password is null ? PdfDocument.Open(pdf) : PdfDocument.Open(pdf, new ParsingOptions { Password = password });
        var pages = document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)).ToList();
        var bookmarks = new List<string>();
        if (document.TryGetBookmarks(out var outline))
        {
            bookmarks.AddRange(outline.GetNodes().Select(n => n.Title));
        }
        var info = document.Information;
        var xmp = document.TryGetXmpMetadata(out var metadata) ? System.Text.Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray()) : "";
        return new PdfText(pages, bookmarks, string.Join("\n", info.Title, info.Author, info.Subject, info.Keywords, info.Creator, info.Producer, xmp));
    }
}
