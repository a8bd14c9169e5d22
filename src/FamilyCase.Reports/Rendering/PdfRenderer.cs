using FamilyCase.Domain.Documents;
using FamilyCase.Reports.Model;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Security;
using PdfSharp.UniversalAccessibility;

namespace FamilyCase.Reports.Rendering;

/// <summary>A drawn file and its number of pages.</summary>
public sealed record RenderedPdf(byte[] Bytes, int Pages);

/// <summary>One document in a file, and the bookmark it sits under when a file holds several (a court day).</summary>
public sealed record RenderPart(DocumentModel Model, SafeText? Bookmark = null);

/// <summary>
/// Draws document models with PDFsharp 6.2.4: tagged (PDF/UA structure, language, title shown), fonts embedded, a running
/// header, the page notice and "page X of Y" on every page, bookmarks per section, and the same bytes from the same model.
/// </summary>
public static class PdfRenderer
{
    static PdfRenderer() => EmbeddedFonts.Install();

    public static RenderedPdf Render(DocumentModel model) => Render([new RenderPart(model)], model.Info);

    /// <summary>Several documents in one file; each keeps its own header, notice and page numbering.</summary>
    public static RenderedPdf Render(IReadOnlyList<RenderPart> parts, DocumentInfo info)
    {
        var style = PageStyle.Shared;
        using var document = new PdfDocument();
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(info.Language);
        Describe(document, info);
        var structure = accessibility.StructureBuilder;
        var outline = new Stack<(int Level, PdfOutline Outline)>();
        foreach (var part in parts)
        {
            var noticeLines = part.Model.PageNotice.IsEmpty ? [] : TextMeasure.Lines(part.Model.PageNotice.Value, style.SmallStrong, PageStyle.ContentWidth - 12);
            var noticeHeight = noticeLines.Count == 0 ? 0 : (noticeLines.Count * PageStyle.LineHeight(style.SmallStrong)) + 8;
            var pages = new LayoutEngine(style).Lay(part.Model, noticeHeight, part.Bookmark?.Value);
            for (var index = 0; index < pages.Count; index++)
            {
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(PageStyle.Width);
                page.Height = XUnit.FromPoint(PageStyle.Height);
                using var graphics = XGraphics.FromPdfPage(page);
                PageFurniture(graphics, structure, style, part.Model, noticeLines, index + 1, pages.Count);
                if (index == 0 && part.Model.Logo is { } logo)
                {
                    Logo(graphics, structure, logo, part.Model.Info.Author.Value, noticeHeight);
                }

                Draw(graphics, structure, pages[index], page, outline, document);
            }
        }
        var pageCount = document.PageCount;
        return new RenderedPdf(Finish(document, info), pageCount);
    }

    /// <summary>The same file, protected with AES-256. The password is used once and kept nowhere.</summary>
    public static byte[] Protect(byte[] pdf, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.SecuritySettings.UserPassword = password;
        document.SecuritySettings.OwnerPassword = password;
        document.SecuritySettings.PermitModifyDocument = false;
        document.SecurityHandler.SetEncryptionToV5(true);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Describe(PdfDocument document, DocumentInfo info)
    {
        document.Info.Title = info.Title.Value;
        document.Info.Subject = info.Subject.Value;
        document.Info.Author = info.Author.Value;
        document.Info.Creator = "FamilyCase";
        document.Info.CreationDate = DateTime.SpecifyKind(info.CreatedUtc, DateTimeKind.Utc);
        document.Info.ModificationDate = DateTime.SpecifyKind(info.CreatedUtc, DateTimeKind.Utc);
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;
        document.Options.CompressContentStreams = true;
        var id = Reproducible.DocumentId(info.Identity);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
    }

    private static void PageFurniture(XGraphics graphics, StructureBuilder structure, PageStyle style, DocumentModel model, List<string> noticeLines, int page, int pages)
    {
        structure.BeginArtifact();
        var left = PageStyle.Margin;
        graphics.DrawString(Fit(graphics, EmbeddedFonts.Printable(model.RunningHeader.Value), style.Small, PageStyle.ContentWidth), style.Small, XBrushes.Black, new XPoint(left, PageStyle.HeaderTop), XStringFormats.TopLeft);
        graphics.DrawLine(new XPen(XColors.Gray, 0.5), left, PageStyle.HeaderTop + 14, PageStyle.Width - left, PageStyle.HeaderTop + 14);
        var footer = $"{model.FooterLabel.Value} — page {page} of {pages}";
        graphics.DrawString(footer, style.Small, XBrushes.Black, new XRect(left, PageStyle.FooterTop, PageStyle.ContentWidth, 12), XStringFormats.TopCenter);
        structure.End();
        if (noticeLines.Count == 0)
        {
            return;
        }
        // The ban notice is read on the first page and drawn as an artifact on the others, so a screen reader says it once.
        if (page == 1)
        {
            structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        }
        else
        {
            structure.BeginArtifact();
        }
        var top = PageStyle.HeaderTop + 20;
        var lineHeight = PageStyle.LineHeight(style.SmallStrong);
        graphics.DrawRectangle(new XPen(XColors.Black, 1), XBrushes.White, new XRect(left, top, PageStyle.ContentWidth, (noticeLines.Count * lineHeight) + 8));
        foreach (var line in noticeLines)
        {
            graphics.DrawString(line, style.SmallStrong, XBrushes.Black, new XPoint(left + 6, top + 4), XStringFormats.TopLeft);
            top += lineHeight;
        }
        structure.End();
    }

    /// <summary>The agency's logo at the top right of a document's first page, at most 144 × 48 points, as a described figure.</summary>
    private static void Logo(XGraphics graphics, StructureBuilder structure, byte[] logo, string agency, double noticeHeight)
    {
        using var stream = new MemoryStream(logo, writable: false);
        using var image = XImage.FromStream(stream);
        var scale = Math.Min(144 / image.PointWidth, 48 / image.PointHeight);
        var (width, height) = (image.PointWidth * scale, image.PointHeight * scale);
        var top = PageStyle.HeaderTop + 22 + (noticeHeight > 0 ? noticeHeight + 8 : 0);
        var area = new XRect(PageStyle.Width - PageStyle.Margin - width, top, width, height);
        structure.BeginElement(PdfIllustrationElementTag.Figure, $"Logo of {agency}", area);
        graphics.DrawImage(image, area);
        structure.End();
    }

    /// <summary>A one-line text cut with an ellipsis to fit the width, for the running header.</summary>
    private static string Fit(XGraphics graphics, string text, XFont font, double width)
    {
        if (graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && graphics.MeasureString(text[..length] + "…", font).Width > width)
        {
            length--;
        }

        return text[..length] + "…";
    }

    private static void Draw(XGraphics graphics, StructureBuilder structure, LaidOutPage page, PdfPage pdfPage, Stack<(int Level, PdfOutline Outline)> outline, PdfDocument document)
    {
        var rule = new XPen(XColors.Gray, 0.5);
        var shade = new XSolidBrush(XColor.FromArgb(236, 236, 236));
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case BeginTag { Tag: Tag.Artifact }:
                    structure.BeginArtifact();
                    break;
                case BeginTag begin:
                    Begin(structure, begin.Tag);
                    break;
                case EndTag:
                    structure.End();
                    break;
                case TextOp text:
                    graphics.DrawString(text.Text, text.Font, XBrushes.Black, new XPoint(text.X, text.Top), XStringFormats.TopLeft);
                    break;
                case RuleOp line:
                    structure.BeginArtifact();
                    graphics.DrawLine(rule, line.X1, line.Y1, line.X2, line.Y2);
                    structure.End();
                    break;
                case BoxOp box:
                    structure.BeginArtifact();
                    graphics.DrawRectangle(rule, box.Shaded ? shade : XBrushes.White, box.Rect);
                    structure.End();
                    break;
                case BookmarkOp bookmark:
                    AddBookmark(outline, document, pdfPage, bookmark);
                    break;
            }
        }
    }

    private static void Begin(StructureBuilder structure, Tag tag)
    {
        switch (tag)
        {
            case Tag.Section:
                structure.BeginElement(PdfGroupingElementTag.Section);
                break;
            default:
                structure.BeginElement(tag switch
                {
                    Tag.Title => PdfBlockLevelElementTag.Heading1,
                    Tag.Heading => PdfBlockLevelElementTag.Heading2,
                    Tag.Subheading => PdfBlockLevelElementTag.Heading3,
                    Tag.Table => PdfBlockLevelElementTag.Table,
                    Tag.Row => PdfBlockLevelElementTag.TableRow,
                    Tag.HeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
                    Tag.Cell => PdfBlockLevelElementTag.TableDataCell,
                    Tag.List => PdfBlockLevelElementTag.List,
                    Tag.ListItem => PdfBlockLevelElementTag.ListItem,
                    Tag.Label => PdfBlockLevelElementTag.Label,
                    Tag.ListBody => PdfBlockLevelElementTag.ListBody,
                    _ => PdfBlockLevelElementTag.Paragraph,
                });
                break;
        }
    }

    private static void AddBookmark(Stack<(int Level, PdfOutline Outline)> outline, PdfDocument document, PdfPage page, BookmarkOp bookmark)
    {
        while (outline.Count > 0 && outline.Peek().Level >= bookmark.Level)
        {
            outline.Pop();
        }
        var siblings = outline.Count == 0 ? document.Outlines : outline.Peek().Outline.Outlines;
        var entry = siblings.Add(bookmark.Title, page, true);
        outline.Push((bookmark.Level, entry));
    }

    private static byte[] Finish(PdfDocument document, DocumentInfo info)
    {
        using var output = new MemoryStream(128 * 1024);
        document.Save(output, false);
        return Reproducible.Normalise(output.ToArray(), info.Identity);
    }
}
