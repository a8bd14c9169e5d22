namespace FamilyCase.Domain.Assessments;

/// <summary>One choice a person can give to a question, with the score it carries.</summary>
public sealed record ResponseOption(int Value, string Label);

/// <summary>A score range with its name, from <see cref="Min"/> to <see cref="Max"/> inclusive.</summary>
public sealed record ScoreBand(int Min, int Max, string Name);

/// <summary>
/// A question. <see cref="InTotal"/> is false for questions asked but not scored (PHQ-9's difficulty question).
/// <see cref="RelativeText"/> is the check-in's wording for siblings and relatives, when it differs.
/// </summary>
public sealed record InstrumentItem(
    string Key,
    int Number,
    string Text,
    IReadOnlyList<ResponseOption> Options,
    bool InTotal = true,
    bool Critical = false,
    string? Cluster = null,
    string? RelativeText = null)
{
    public string TextFor(CheckInWording? wording) => wording == CheckInWording.SiblingOrRelative && RelativeText is { } relative ? relative : Text;
}

/// <summary>A step of the flow. A content note is read before a sensitive step.</summary>
public sealed record InstrumentSection(string Key, string Title, IReadOnlyList<InstrumentItem> Items, string? ContentNote = null, string? Lead = null);

/// <summary>
/// A versioned instrument: its questions, their scale, and how it is scored. Results store the code and version,
/// so a later wording or rule change never rewrites an old result.
/// </summary>
public sealed record InstrumentDefinition(
    string Code,
    string Version,
    string Title,
    string ShortTitle,
    string RecallWindow,
    string Purpose,
    string Credit,
    IReadOnlyList<InstrumentSection> Sections,
    IReadOnlyList<ScoreBand> Bands,
    int MaxTotal)
{
    public IEnumerable<InstrumentItem> Items => Sections.SelectMany(s => s.Items);

    public IEnumerable<InstrumentItem> ScoredItems => Items.Where(i => i.InTotal);

    public InstrumentItem Item(string key) => Items.Single(i => i.Key == key);

    public bool IsCheckIn => Code == Instruments.FamilyNeedsCheckIn.Code;

    /// <summary>Versions compare as numbers ("1.10" is newer than "1.9").</summary>
    public Version VersionNumber => System.Version.TryParse(Version, out var number) ? number : new Version(0, 0);
}
