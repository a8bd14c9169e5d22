namespace FamilyCase.Domain.Assessments;

/// <summary>Agency choices about assessments; DOMAIN.md's values are the defaults.</summary>
public sealed record AssessmentRules(int ReassessmentDays = 90, int Pcl5CutPoint = Instruments.Pcl5.DefaultCutPoint, IReadOnlyDictionary<string, int>? MinimumAges = null)
{
    public static readonly AssessmentRules Default = new();

    /// <summary>Published PCL-5 cut-points run from 31 to 45.</summary>
    public const int LowestPcl5CutPoint = 31;
    public const int HighestPcl5CutPoint = 45;

    /// <summary>The youngest age any instrument may be set to: the check-in and screens are for young people and adults.</summary>
    public const int YoungestAllowed = 12;

    public static readonly IReadOnlyDictionary<string, int> DefaultMinimumAges = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [Instruments.FamilyNeedsCheckIn.Code] = 12,
        [Instruments.Phq9.Code] = 12,
        [Instruments.Gad7.Code] = 12,
        [Instruments.K6.Code] = 18,
        [Instruments.Pcl5.Code] = 18,
    };

    /// <summary>The youngest age at which a person is offered this instrument.</summary>
    public int MinimumAge(string instrumentCode) =>
        (MinimumAges ?? DefaultMinimumAges).TryGetValue(instrumentCode, out var age) || DefaultMinimumAges.TryGetValue(instrumentCode, out age) ? age : 18;
}
