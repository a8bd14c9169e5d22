using PdfSharp.Fonts;

namespace FamilyCase.Reports.Rendering;

/// <summary>
/// DejaVu Sans, shipped in this assembly (Bitstream Vera licence, see Fonts/LICENSE-DejaVu.txt), so documents print the same on a
/// server with no fonts installed. It covers French accents and Unified Canadian Aboriginal Syllabics.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }
            GlobalFontSettings.FontResolver = new EmbeddedFonts();
            _installed = true;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"FamilyCase.Reports.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in FamilyCase.Reports.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
