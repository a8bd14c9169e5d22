using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace FamilyCase.Reports.Rendering;

/// <summary>
/// Breaks text into lines that fit a width. Every word is kept: a word wider than the line is split, never dropped.
/// Word widths are kept for the life of the process (documents repeat the same words), measured with one context per thread.
/// </summary>
internal static class TextMeasure
{
    private const int MostRemembered = 100_000;
    private static readonly ConcurrentDictionary<(XFont, string), double> Widths = new();

    [ThreadStatic]
    private static XGraphics? _context;

    public static double Width(string text, XFont font)
    {
        if (Widths.TryGetValue((font, text), out var width))
        {
            return width;
        }

        _context ??= XGraphics.CreateMeasureContext(new XSize(PageStyle.Width, PageStyle.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        width = _context.MeasureString(text, font).Width;
        if (Widths.Count > MostRemembered)
        {
            Widths.Clear();
        }

        Widths[(font, text)] = width;
        return width;
    }

    public static List<string> Lines(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in EmbeddedFonts.Printable(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Split('\n'))
        {
            var line = "";
            var lineWidth = 0.0;
            var space = Width(" ", font);
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Width(word, font);
                var candidateWidth = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (candidateWidth <= width)
                {
                    line = line.Length == 0 ? word : line + " " + word;
                    lineWidth = candidateWidth;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (Width(line, font) > width && line.Length > 1)
                {
                    var fits = FittingPrefix(line, font, width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
                lineWidth = Width(line, font);
            }
            lines.Add(line);
        }
        return lines;
    }

    private static int FittingPrefix(string word, XFont font, double width)
    {
        var length = word.Length - 1;
        while (length > 1 && (Width(word[..length], font) > width || char.IsLowSurrogate(word[length]) || char.GetUnicodeCategory(word[length]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            length--;
        }
        return Math.Max(1, length);
    }
}
