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

    /// <summary>
    /// The characters the shipped subset of DejaVu Sans draws (Fonts/README.md lists how it was made): Latin with its
    /// extensions and combining accents, Greek, Cyrillic, punctuation, currency, arrows, shapes and Canadian syllabics.
    /// </summary>
    private static readonly (int First, int Last)[] Covered =
    [
        (0x0020, 0x007E), (0x00A0, 0x024F), (0x02B0, 0x036F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1400, 0x167F), (0x18B0, 0x18FF),
        (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x25A0, 0x25FF), (0xFFFD, 0xFFFD),
    ];

    public const char Missing = '\uFFFD';

    /// <summary>The text with any character the font cannot draw shown as the replacement character, so nothing vanishes silently.</summary>
    public static string Printable(string text)
    {
        if (text.All(c => c < 0x7F && c >= 0x20))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(Missing);
                i++;
                continue;
            }

            builder.Append(c == '\t' ? ' ' : Covers(c) ? c : Missing);
        }

        return builder.ToString();
    }

    private static bool Covers(char c) => Covered.Any(range => c >= range.First && c <= range.Last);

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
