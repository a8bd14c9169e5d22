using FamilyCase.Reports.Model;
using PdfSharp.Drawing;

namespace FamilyCase.Reports.Rendering;

/// <summary>
/// Lays a document out on pages before anything is drawn, so the page count is known for "page X of Y" and every page is
/// drawn once, in order, as tagged PDF needs. Headings stay with what follows; table headers repeat on each page.
/// </summary>
internal sealed class LayoutEngine(PageStyle style)
{
    private const double SectionGap = 14;
    private const double BlockGap = 7;
    private readonly List<LaidOutPage> _pages = [];
    private double _bodyTop;
    private double _y;

    private static double Left => PageStyle.Margin;

    private static double Bottom => PageStyle.FooterTop - 12;

    private LaidOutPage Page => _pages[^1];

    public IReadOnlyList<LaidOutPage> Lay(DocumentModel model, double noticeHeight, string? packetBookmark)
    {
        _bodyTop = PageStyle.HeaderTop + 22 + (noticeHeight > 0 ? noticeHeight + 8 : 0);
        NewPage();
        if (packetBookmark is not null)
        {
            Page.Ops.Add(new BookmarkOp(packetBookmark, 0));
        }
        foreach (var section in model.Sections)
        {
            LaySection(section, packetBookmark is null ? 0 : 1);
        }
        return _pages;
    }

    private void NewPage()
    {
        _pages.Add(new LaidOutPage());
        _y = _bodyTop;
    }

    private bool AtTop => _y <= _bodyTop + 0.01;

    /// <summary>Starts a new page unless <paramref name="height"/> fits on this one (or this page is still empty).</summary>
    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom && !AtTop)
        {
            NewPage();
        }
    }

    private void LaySection(Section section, int bookmarkLevel)
    {
        var font = section.IsTitle ? style.Title : style.Heading;
        var lines = TextMeasure.Lines(section.Title.Value, font, PageStyle.ContentWidth);
        var headingHeight = lines.Count * PageStyle.LineHeight(font);
        if (!AtTop)
        {
            _y += SectionGap;
        }
        EnsureRoom(headingHeight + (3 * PageStyle.LineHeight(style.Body)));
        Page.Ops.Add(new BeginTag(Tag.Section));
        Page.Ops.Add(new BookmarkOp(section.Title.Value, bookmarkLevel));
        TextLines(section.IsTitle ? Tag.Title : Tag.Heading, lines, font, Left);
        _y += BlockGap;
        foreach (var block in section.Blocks)
        {
            LayBlock(block);
            _y += BlockGap;
        }
        Page.Ops.Add(EndTag.Instance);
    }

    private void LayBlock(Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                Wrapped(Tag.Paragraph, paragraph.Text.Value, paragraph.Strong ? style.Strong : style.Body, Left, PageStyle.ContentWidth, withNext: paragraph.Strong ? 2 : 0);
                break;
            case Subheading subheading:
                _y += 4;
                Wrapped(Tag.Subheading, subheading.Text.Value, style.Subheading, Left, PageStyle.ContentWidth, withNext: 3);
                break;
            case KeyValues pairs:
                LayTable(null, [0.32, 0.68], pairs.Rows.Select(r => (IReadOnlyList<string>)[r.Key.Value, r.Value.Value]).ToList(), rowHeaders: true);
                break;
            case Table table:
                LayTable(table.Headers.Select(h => h.Value).ToList(), table.Widths, table.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Value).ToList()).ToList(), rowHeaders: false);
                break;
            case BulletList list:
                LayList(list);
                break;
            case Notice notice:
                LayNotice(notice);
                break;
            case SignatureLines signatures:
                LaySignatures(signatures);
                break;
            default:
                throw new NotSupportedException($"No layout for {block.GetType().Name}.");
        }
    }

    private void TextLines(Tag tag, List<string> lines, XFont font, double x)
    {
        Page.Ops.Add(new BeginTag(tag));
        foreach (var line in lines)
        {
            Page.Ops.Add(new TextOp(line, font, x, _y));
            _y += PageStyle.LineHeight(font);
        }
        Page.Ops.Add(EndTag.Instance);
    }

    /// <summary>
    /// A paragraph that may break across pages: its first two lines stay together, and a heading-like line keeps
    /// <paramref name="withNext"/> lines of what follows on its page.
    /// </summary>
    private void Wrapped(Tag tag, string text, XFont font, double x, double width, int withNext)
    {
        var lines = TextMeasure.Lines(text, font, width);
        var lineHeight = PageStyle.LineHeight(font);
        EnsureRoom((Math.Min(lines.Count, 2) * lineHeight) + (withNext * PageStyle.LineHeight(style.Body)));
        Breaking(tag, lines, font, x);
    }

    /// <summary>Lines in one tagged element, moving to a new page wherever the next line would not fit.</summary>
    private void Breaking(Tag tag, List<string> lines, XFont font, double x)
    {
        var lineHeight = PageStyle.LineHeight(font);
        Page.Ops.Add(new BeginTag(tag));
        foreach (var line in lines)
        {
            if (_y + lineHeight > Bottom && !AtTop)
            {
                NewPage();
            }
            Page.Ops.Add(new TextOp(line, font, x, _y));
            _y += lineHeight;
        }
        Page.Ops.Add(EndTag.Instance);
    }

    private void LayList(BulletList list)
    {
        var lineHeight = PageStyle.LineHeight(style.Body);
        Page.Ops.Add(new BeginTag(Tag.List));
        foreach (var item in list.Items)
        {
            var lines = TextMeasure.Lines(item.Value, style.Body, PageStyle.ContentWidth - 16);
            EnsureRoom(Math.Min(lines.Count, 2) * lineHeight);
            Page.Ops.Add(new BeginTag(Tag.ListItem));
            Page.Ops.Add(new BeginTag(Tag.Label));
            Page.Ops.Add(new TextOp("•", style.Body, Left + 4, _y));
            Page.Ops.Add(EndTag.Instance);
            Breaking(Tag.ListBody, lines, style.Body, Left + 16);
            Page.Ops.Add(EndTag.Instance);
        }
        Page.Ops.Add(EndTag.Instance);
    }

    private void LayNotice(Notice notice)
    {
        var lines = TextMeasure.Lines(notice.Text.Value, style.Strong, PageStyle.ContentWidth - 16);
        var lineHeight = PageStyle.LineHeight(style.Strong);
        var height = (lines.Count * lineHeight) + 12;
        EnsureRoom(height);
        Page.Ops.Add(new BoxOp(new XRect(Left, _y, PageStyle.ContentWidth, Math.Min(height, Bottom - _y)), Shaded: true));
        _y += 6;
        Breaking(Tag.Paragraph, lines, style.Strong, Left + 8);
        _y += 6;
    }

    private void LaySignatures(SignatureLines signatures)
    {
        EnsureRoom(signatures.Labels.Count * 36);
        foreach (var label in signatures.Labels)
        {
            _y += 24;
            Page.Ops.Add(new RuleOp(Left, _y, Left + 240, _y));
            _y += 2;
            TextLines(Tag.Paragraph, [label.Value], style.Small, Left);
        }
    }

    /// <summary>
    /// A table whose rows break across pages: the header row is drawn again at the top of each new page, and a row taller
    /// than a page is split between its lines rather than cut.
    /// </summary>
    private void LayTable(IReadOnlyList<string>? headers, IReadOnlyList<double> widths, List<IReadOnlyList<string>> rows, bool rowHeaders)
    {
        var columns = widths.Select(w => w * PageStyle.ContentWidth).ToArray();
        var lineHeight = PageStyle.LineHeight(style.Body);
        var headerLines = headers?.Select((h, i) => TextMeasure.Lines(h, style.Strong, columns[i] - (2 * PageStyle.CellPadding))).ToList();
        var headerHeight = headerLines is null ? 0 : (headerLines.Max(l => l.Count) * lineHeight) + (2 * PageStyle.CellPadding);
        var firstRowHeight = rows.Count == 0 ? 0 : lineHeight + (2 * PageStyle.CellPadding);
        EnsureRoom(headerHeight + firstRowHeight);
        Page.Ops.Add(new BeginTag(Tag.Table));
        var pageOfHeader = -1;
        void Header()
        {
            if (headerLines is null || pageOfHeader == _pages.Count)
            {
                return;
            }
            var repeated = pageOfHeader >= 0;
            pageOfHeader = _pages.Count;
            if (repeated)
            {
                Page.Ops.Add(new BeginTag(Tag.Artifact));
            }
            Page.Ops.Add(new BoxOp(new XRect(Left, _y, PageStyle.ContentWidth, headerHeight), Shaded: true));
            DrawRow(headerLines, Enumerable.Repeat(0, headerLines.Count).ToArray(), headerLines.Max(l => l.Count), columns, Tag.HeaderCell, style.Strong, style.Strong, tagged: !repeated);
            if (repeated)
            {
                Page.Ops.Add(EndTag.Instance);
            }
        }
        Header();
        foreach (var row in rows)
        {
            var cells = row.Select((text, i) => TextMeasure.Lines(text, rowHeaders && i == 0 ? style.Strong : style.Body, columns[i] - (2 * PageStyle.CellPadding))).ToList();
            var done = new int[cells.Count];
            var pagedForRow = false;
            while (done.Select((d, i) => d < cells[i].Count).Any(left => left))
            {
                var room = (int)Math.Floor((Bottom - _y - (2 * PageStyle.CellPadding)) / lineHeight);
                var needed = cells.Select((c, i) => c.Count - done[i]).Max();

                // A row moves whole to the next page once; after that (or when it is taller than a page) it is split between lines.
                if (!pagedForRow && (room < 1 || (room < needed && done.All(d => d == 0))))
                {
                    NewPage();
                    Header();
                    pagedForRow = true;
                    continue;
                }

                var lines = Math.Max(1, Math.Min(room, needed));
                DrawRow(cells, done, lines, columns, rowHeaders ? Tag.HeaderCell : Tag.Cell, rowHeaders ? style.Strong : style.Body, style.Body, rowHeaders);
                pagedForRow = false;
            }
        }
        Page.Ops.Add(EndTag.Instance);
    }

    private void DrawRow(List<List<string>> cells, int[] done, int lineCount, double[] columns, Tag tag, XFont firstFont, XFont font, bool firstIsHeader = false, bool tagged = true)
    {
        var lineHeight = PageStyle.LineHeight(style.Body);
        var top = _y;
        Tagged(Tag.Row);
        var x = Left;
        for (var i = 0; i < cells.Count; i++)
        {
            Tagged(firstIsHeader ? (i == 0 ? Tag.HeaderCell : Tag.Cell) : tag);
            var lineTop = top + PageStyle.CellPadding;
            var cellFont = i == 0 ? firstFont : font;
            for (var n = 0; n < lineCount && done[i] < cells[i].Count; n++, done[i]++)
            {
                Page.Ops.Add(new TextOp(cells[i][done[i]], cellFont, x + PageStyle.CellPadding, lineTop));
                lineTop += lineHeight;
            }
            Untagged();
            x += columns[i];
        }
        Untagged();
        _y = top + (lineCount * lineHeight) + (2 * PageStyle.CellPadding);
        Page.Ops.Add(new RuleOp(Left, _y, Left + PageStyle.ContentWidth, _y));

        void Tagged(Tag t)
        {
            if (tagged)
            {
                Page.Ops.Add(new BeginTag(t));
            }
        }

        void Untagged()
        {
            if (tagged)
            {
                Page.Ops.Add(EndTag.Instance);
            }
        }
    }
}
