namespace FamilyCase.Web.Components.Shared;

/// <summary>Search and filter boxes: the query only ever uses this many characters, and the box says so rather than cutting silently.</summary>
public static class SearchWords
{
    public static Func<string?, string?> Check(int longest) => words =>
        words?.Trim().Length > longest ? $"Searches use at most {longest} characters; please shorten it." : null;
}
