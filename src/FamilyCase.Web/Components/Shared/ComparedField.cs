namespace FamilyCase.Web.Components.Shared;

/// <summary>One field of a form as the conflict notice compares and shows it.</summary>
/// <param name="Show">How to show the value, when that differs from how it is compared (ids shown as names).</param>
public sealed record ComparedField<TForm>(string Label, Func<TForm, string?> Read, Func<TForm, string?>? Show = null);

public static class FieldConflicts
{
    /// <summary>The fields someone else changed since <paramref name="loaded"/> was read, with their value and this person's.</summary>
    public static IReadOnlyList<FieldConflict> ChangedByOthers<TForm>(IEnumerable<ComparedField<TForm>> fields, TForm loaded, TForm theirs, TForm mine) => fields
        .Where(f => !string.Equals(f.Read(loaded) ?? "", f.Read(theirs) ?? "", StringComparison.Ordinal))
        .Select(f => new FieldConflict(f.Label, (f.Show ?? f.Read)(theirs), (f.Show ?? f.Read)(mine)))
        .ToList();
}
