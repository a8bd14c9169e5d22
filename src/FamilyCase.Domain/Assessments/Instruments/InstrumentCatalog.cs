namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>
/// Every instrument FamilyCase can administer, by code and version. New assessments use the newest version of an instrument;
/// a result keeps the version it was given in, so a later version never rewrites it.
/// </summary>
public sealed class InstrumentCatalog
{
    public static readonly InstrumentCatalog Standard =
        new([FamilyNeedsCheckIn.Definition, Phq9.Definition, Gad7.Definition, Pcl5.Definition, K6.Definition]);

    private readonly IReadOnlyList<InstrumentDefinition> _all;

    public InstrumentCatalog(IEnumerable<InstrumentDefinition> definitions)
    {
        _all = definitions.ToList();
        var duplicate = _all.GroupBy(d => (d.Code, d.Version)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{duplicate.Key.Code} version {duplicate.Key.Version} is defined twice.", nameof(definitions));
        }
    }

    public IReadOnlyList<InstrumentDefinition> All => _all;

    /// <summary>The newest version of each instrument, in the catalogue's order: what new assessments are started with.</summary>
    public IReadOnlyList<InstrumentDefinition> Current =>
        _all.Select(d => d.Code).Distinct().Select(Latest).ToList();

    public InstrumentDefinition Get(string code, string version) =>
        _all.SingleOrDefault(d => d.Code == code && d.Version == version)
        ?? throw new KeyNotFoundException($"No instrument {code} version {version}.");

    public InstrumentDefinition Latest(string code) =>
        _all.Where(d => d.Code == code).MaxBy(d => d.VersionNumber)
        ?? throw new KeyNotFoundException($"No instrument {code}.");

    public InstrumentCatalog With(InstrumentDefinition definition) => new(_all.Append(definition));
}
