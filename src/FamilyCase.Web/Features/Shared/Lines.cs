namespace FamilyCase.Web.Features.Shared;

/// <summary>Brings a record's saved parts in line with the form's lines: kept lines are updated, new ones added, missing ones removed.</summary>
public static class Lines
{
    public static void Merge<TPart, TLine>(List<TPart> saved, IReadOnlyList<TLine> lines, Func<TPart, int> partId, Func<TLine, int> lineId, Func<TPart> create, Action<TPart, TLine> apply)
    {
        var kept = lines.Select(lineId).Where(id => id != 0).ToHashSet();
        saved.RemoveAll(part => !kept.Contains(partId(part)));
        foreach (var line in lines)
        {
            var part = lineId(line) == 0 ? default : saved.FirstOrDefault(p => partId(p) == lineId(line));
            if (part is null)
            {
                // A line whose id is not among this record's parts is added as new, never attached to another record's part.
                part = create();
                saved.Add(part);
            }

            apply(part, line);
        }
    }
}
