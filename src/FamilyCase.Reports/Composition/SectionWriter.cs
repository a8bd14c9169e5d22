using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Reports.Model;

namespace FamilyCase.Reports.Composition;

/// <summary>Collects a document's sections and records, for each section and person, whether it was printed or why not.</summary>
internal sealed class SectionWriter
{
    private readonly List<Section> _sections = [];
    private readonly List<SectionOutcome> _outcomes = [];

    public IReadOnlyList<Section> Sections => _sections;

    public IReadOnlyList<SectionOutcome> Outcomes => _outcomes;

    public void Title(SafeText title, IReadOnlyList<Block> blocks) => _sections.Add(new Section(title, blocks, IsTitle: true));

    public void Family(DocumentSection section, IReadOnlyList<Block> blocks)
    {
        var printed = blocks.Count > 0;
        _outcomes.Add(new SectionOutcome(section, null, printed ? null : LeftOutReason.NoData));
        if (printed)
        {
            _sections.Add(new Section(Redactor.Words(DocumentSections.Title(section)), blocks));
        }
    }

    /// <summary>A section written for each person: <paramref name="write"/> gives their blocks, or why they have none.</summary>
    public void PerMember(DocumentSection section, IReadOnlyList<FamilyMember> people, Redactor redactor, bool nameEachPerson,
        Func<FamilyMember, (IReadOnlyList<Block> Blocks, LeftOutReason? LeftOut)> write)
    {
        var blocks = new List<Block>();
        foreach (var person in people)
        {
            var (personBlocks, leftOut) = write(person);
            var reason = leftOut ?? (personBlocks.Count == 0 ? LeftOutReason.NoData : null);
            _outcomes.Add(new SectionOutcome(section, person.Id, reason));
            if (reason is null)
            {
                if (nameEachPerson)
                {
                    blocks.Add(new Subheading(redactor.Name(person)));
                }
                blocks.AddRange(personBlocks);
            }
        }
        if (blocks.Count > 0)
        {
            _sections.Add(new Section(Redactor.Words(DocumentSections.Title(section)), blocks));
        }
    }
}
