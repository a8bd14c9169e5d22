namespace FamilyCase.Domain.Directory;

/// <summary>Where a program serves. A family's area is its team's area.</summary>
public static class Catchment
{
    public const string ProvinceWide = "Province-wide";

    /// <summary>The agency's areas unless settings add others: Ontario regions, and province-wide.</summary>
    public static readonly IReadOnlyList<string> StandardAreas =
    [
        ProvinceWide, "Toronto", "Peel", "Halton", "York", "Durham", "Hamilton", "Ottawa", "Waterloo", "Niagara", "Simcoe", "Northern Ontario",
    ];

    public static bool Covers(IEnumerable<string> areas, string area) =>
        areas.Any(a => string.Equals(a, ProvinceWide, StringComparison.OrdinalIgnoreCase) || string.Equals(a, area, StringComparison.OrdinalIgnoreCase));
}
