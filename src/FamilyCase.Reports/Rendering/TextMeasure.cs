using PdfSharp.Drawing;

namespace FamilyCase.Reports.Rendering;

/// <summary>Breaks text into lines that fit a width. Every word is kept: a word wider than the line is split, never dropped.</summary>
internal sealed class TextMeasure : IDisposable
{
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(PageStyle.Width, PageStyle.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(XFont, string), double> _widths = [];

    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }
        return width;
    }

    public List<string> Lines(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
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

    private int FittingPrefix(string word, XFont font, double width)
    {
        var length = word.Length - 1;
        while (length > 1 && (Width(word[..length], font) > width || char.IsLowSurrogate(word[length]) || char.GetUnicodeCategory(word[length]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            length--;
        }
        return Math.Max(1, length);
    }

    public void Dispose() => _measure.Dispose();
}
