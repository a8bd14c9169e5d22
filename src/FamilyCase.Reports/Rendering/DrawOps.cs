using PdfSharp.Drawing;

namespace FamilyCase.Reports.Rendering;

/// <summary>The structure tags a laid-out page opens and closes, so a screen reader reads the page in order.</summary>
internal enum Tag
{
    Section,
    Title,
    Heading,
    Subheading,
    Paragraph,
    Table,
    Row,
    HeaderCell,
    Cell,
    List,
    ListItem,
    Label,
    ListBody,

    /// <summary>Drawn for the eye only (a repeated table header): screen readers skip it.</summary>
    Artifact,
}

internal abstract record DrawOp;

internal sealed record BeginTag(Tag Tag) : DrawOp;

internal sealed record EndTag : DrawOp
{
    public static readonly EndTag Instance = new();
}

/// <param name="Top">The top of the line, in points from the top of the page.</param>
internal sealed record TextOp(string Text, XFont Font, double X, double Top) : DrawOp;

internal sealed record RuleOp(double X1, double Y1, double X2, double Y2) : DrawOp;

internal sealed record BoxOp(XRect Rect, bool Shaded) : DrawOp;

/// <summary>A bookmark to this page.</summary>
internal sealed record BookmarkOp(string Title, int Level) : DrawOp;

internal sealed class LaidOutPage
{
    public List<DrawOp> Ops { get; } = [];
}
