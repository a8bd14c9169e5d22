using FamilyCase.Domain.Documents;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Model;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>A person the packet builder offers, and whether they attend the hearing.</summary>
public sealed record BuilderPerson(int Id, string Name, string Relationship, bool Attends, bool MayHaveDocument);

/// <summary>What the packet builder opens with: the hearing and the people who could be in the document.</summary>
public sealed record PacketBuilderView(int FamilyId, string FileNumber, int CourtEventId, string Hearing, string When, string Where, string Proceeding, IReadOnlyList<BuilderPerson> People)
{
    public IReadOnlyList<int> Chosen => People.Where(p => p.Attends && p.MayHaveDocument).Select(p => p.Id).ToList();
}

/// <summary>One section for one person (or the family), and why it is left out when it is.</summary>
public sealed record SectionLine(string Section, string? Person, bool Included, string? Why);

/// <summary>The text of a document as it would print today, section by section, with the outcome of every section.</summary>
public sealed record DocumentPreview(DocumentKind Kind, IReadOnlyList<PreviewSection> Sections, IReadOnlyList<SectionLine> Outcomes, bool PublicationBan);

public sealed record PreviewSection(string Title, IReadOnlyList<string> Lines);

/// <summary>A row of the Documents tab.</summary>
/// <param name="HasCopy">A copy of the file was kept (the Documents:KeepCopies setting).</param>
public sealed record DocumentRow(int Id, string What, string ForWhom, string Audience, string Hearing, IReadOnlyList<SectionLine> Sections, string GeneratedBy,
    DateTime GeneratedAtUtc, string Sha256, int Pages, bool PasswordProtected, int? CopyOfId, bool HasCopy);

/// <summary>The Documents tab: the newest documents first, and whether there are older ones than it shows.</summary>
public sealed record DocumentList(IReadOnlyList<DocumentRow> Rows, bool More)
{
    public const int Shown = 200;
}

internal static class PreviewText
{
    public static DocumentPreview Of(ComposedDocument document, Func<int, string> personName) => new(
        document.Kind,
        document.Model.Sections.Select(s => new PreviewSection(s.Title.Value, s.Blocks.SelectMany(Lines).ToList())).ToList(),
        Lines(document.Sections, personName),
        !document.Model.PageNotice.IsEmpty);

    public static IReadOnlyList<SectionLine> Lines(IEnumerable<SectionOutcome> outcomes, Func<int, string> personName) => outcomes
        .Where(o => o.Section is not (DocumentSection.Cover or DocumentSection.Attestation))
        .Select(o => new SectionLine(DocumentSections.Title(o.Section), o.MemberId is { } id ? personName(id) : null, o.Included,
            o.LeftOut is { } reason ? DocumentSections.Reason(reason) : null))
        .ToList();

    private static IEnumerable<string> Lines(Block block) => block switch
    {
        Paragraph p => [p.Text.Value],
        Subheading h => [h.Text.Value],
        KeyValues pairs => pairs.Rows.Select(r => $"{r.Key.Value}: {r.Value.Value}"),
        Table table => new[] { string.Join(" · ", table.Headers.Select(h => h.Value)) }.Concat(table.Rows.Select(r => string.Join(" · ", r.Select(c => c.Value)))),
        BulletList list => list.Items.Select(i => "• " + i.Value),
        Notice notice => ["Please note: " + notice.Text.Value],
        SignatureLines lines => lines.Labels.Select(l => l.Value + ": ____________"),
        _ => [],
    };
}
