using FamilyCase.Domain.Documents;

namespace FamilyCase.Reports.Model;

/// <summary>
/// What a document says, before it is drawn: sections of paragraphs, key-value blocks, tables, lists and notices.
/// Every piece of text is <see cref="SafeText"/>, so everything in it has passed the redaction policy.
/// </summary>
/// <param name="RunningHeader">Printed at the top of every page (the court file number).</param>
/// <param name="PageNotice">Printed under the header of every page when not empty (the publication-ban notice).</param>
/// <param name="FooterLabel">Printed before "page X of Y" at the foot of every page.</param>
/// <param name="Logo">The agency's logo (PNG or JPEG) for the first page, described to screen readers by <see cref="DocumentInfo.Author"/>.</param>
public sealed record DocumentModel(DocumentInfo Info, SafeText RunningHeader, SafeText PageNotice, SafeText FooterLabel, IReadOnlyList<Section> Sections, byte[]? Logo = null);

/// <summary>The file's properties. None of them carries a personal name.</summary>
/// <param name="Language">The document's language tag, read by screen readers.</param>
/// <param name="CreatedUtc">Taken from the records, not the clock, so the same records give the same bytes.</param>
/// <param name="Identity">A stable key for the file's identifiers (for example the event and members it is for).</param>
public sealed record DocumentInfo(SafeText Title, SafeText Subject, SafeText Author, string Language, DateTime CreatedUtc, string Identity);

/// <param name="IsTitle">The document's title section: drawn large, and listed first among the bookmarks.</param>
public sealed record Section(SafeText Title, IReadOnlyList<Block> Blocks, bool IsTitle = false);

public abstract record Block;

public sealed record Paragraph(SafeText Text, bool Strong = false) : Block;

/// <summary>A small heading inside a section, for example a person's name in a family summary.</summary>
public sealed record Subheading(SafeText Text) : Block;

public sealed record KeyValue(SafeText Key, SafeText Value);

public sealed record KeyValues(IReadOnlyList<KeyValue> Rows) : Block;

/// <param name="Widths">Each column's share of the page width; they add up to 1.</param>
public sealed record Table(IReadOnlyList<SafeText> Headers, IReadOnlyList<double> Widths, IReadOnlyList<IReadOnlyList<SafeText>> Rows) : Block;

public sealed record BulletList(IReadOnlyList<SafeText> Items) : Block;

/// <summary>A boxed notice the reader must not miss (a warning, or why a section is left out).</summary>
public sealed record Notice(SafeText Text) : Block;

/// <summary>Lines to sign and date by hand.</summary>
public sealed record SignatureLines(IReadOnlyList<SafeText> Labels) : Block;
