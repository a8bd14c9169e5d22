namespace FamilyCase.Domain.Assessments.Instruments;

/// <summary>Every instrument FamilyCase can administer, by code and version.</summary>
public static class InstrumentCatalog
{
    public static readonly IReadOnlyList<InstrumentDefinition> Current =
        [FamilyNeedsCheckIn.Definition, Phq9.Definition, Gad7.Definition, Pcl5.Definition, K6.Definition];

    public static InstrumentDefinition Get(string code, string version) =>
        Current.SingleOrDefault(d => d.Code == code && d.Version == version)
        ?? throw new KeyNotFoundException($"No instrument {code} version {version}.");

    public static InstrumentDefinition Latest(string code) => Current.Single(d => d.Code == code);
}
