namespace FamilyCase.Domain.Directory;

/// <summary>
/// A short list of terms kept in one column as "|English|French|", so a query finds a term with a plain substring match
/// (<see cref="Token"/>) on both databases without a table per list.
/// </summary>
public static class TermList
{
    private const char Separator = '|';

    public static string Format(IEnumerable<string> terms)
    {
        var clean = terms.Select(t => t.Replace(Separator, ' ').Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return clean.Count == 0 ? "" : Separator + string.Join(Separator, clean) + Separator;
    }

    public static IReadOnlyList<string> Parse(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(Separator, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What a stored list contains when it holds the term.</summary>
    public static string Token(string term) => Separator + term.Trim() + Separator;
}
