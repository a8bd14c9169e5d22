using PdfSharp.Drawing;

namespace FamilyCase.Reports.Rendering;

/// <summary>US Letter, as Ontario courts print, with the fonts and spacing every document uses.</summary>
internal sealed class PageStyle
{
    /// <summary>One set of fonts for every document, so measured widths are shared between them.</summary>
    public static readonly PageStyle Shared = new();

    public const double Width = 612;
    public const double Height = 792;
    public const double Margin = 54;
    public const double HeaderTop = 28;
    public const double FooterTop = Height - 34;
    public const double CellPadding = 4;

    private PageStyle()
    {
    }

    public XFont Body { get; } = new(EmbeddedFonts.Family, 10.5, XFontStyleEx.Regular);
    public XFont Strong { get; } = new(EmbeddedFonts.Family, 10.5, XFontStyleEx.Bold);
    public XFont Title { get; } = new(EmbeddedFonts.Family, 20, XFontStyleEx.Bold);
    public XFont Heading { get; } = new(EmbeddedFonts.Family, 14, XFontStyleEx.Bold);
    public XFont Subheading { get; } = new(EmbeddedFonts.Family, 11.5, XFontStyleEx.Bold);
    public XFont Small { get; } = new(EmbeddedFonts.Family, 8.5, XFontStyleEx.Regular);
    public XFont SmallStrong { get; } = new(EmbeddedFonts.Family, 8.5, XFontStyleEx.Bold);

    public static double ContentWidth => Width - (2 * Margin);

    public static double LineHeight(XFont font) => Math.Round(font.Size * 1.35, 2);
}
