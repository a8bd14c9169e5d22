using FamilyCase.Web.Features;

namespace FamilyCase.Web.Tests.Architecture;

/// <summary>Feature folders depend on each other in one direction only; shared pieces live in a shared namespace.</summary>
public sealed class FeatureDependencyTests
{
    private const string Features = "FamilyCase.Web.Features.";

    [Fact]
    public void No_two_feature_folders_use_each_other_even_through_others()
    {
        var uses = typeof(FeatureRegistration).Assembly.GetTypes()
            .Where(t => Feature(t) is not null)
            .GroupBy(t => Feature(t)!)
            .ToDictionary(g => g.Key, g => g.SelectMany(CodeReferences.Of).Select(Feature).OfType<string>().Where(f => f != g.Key).ToHashSet());

        Assert.True(uses.Count >= 10, $"Only {uses.Count} feature folders were found; the reading of the code is broken.");
        // The reading sees what the pages render, not only what the classes declare.
        Assert.Contains("Shared", uses["Families"]);
        Assert.Contains("Members", uses["Families"]);
        Assert.Contains("Emergency", uses["Dashboard"]);
        var loops = uses.Keys.Select(start => Loop(uses, start)).OfType<string>().Distinct().ToList();
        Assert.True(loops.Count == 0, "Feature folders that use each other: " + string.Join("; ", loops));
    }

    [Fact]
    public void The_shared_namespace_uses_no_feature_folder()
    {
        var shared = typeof(FeatureRegistration).Assembly.GetTypes().Where(t => Feature(t) == "Shared");

        var used = shared.SelectMany(CodeReferences.Of).Select(Feature).OfType<string>().Where(f => f != "Shared").Distinct().ToList();

        Assert.Empty(used);
    }

    private static string? Feature(Type type)
    {
        var name = type.Namespace;
        if (name is null || !name.StartsWith(Features, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name[Features.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    // A path back to the start, written out, or null.
    private static string? Loop(Dictionary<string, HashSet<string>> uses, string start)
    {
        var queue = new Queue<List<string>>([[start]]);
        var seen = new HashSet<string>();
        while (queue.TryDequeue(out var path))
        {
            foreach (var next in uses.GetValueOrDefault(path[^1]) ?? [])
            {
                if (next == start)
                {
                    return string.Join(" → ", path.Append(start));
                }

                if (seen.Add(next))
                {
                    queue.Enqueue([.. path, next]);
                }
            }
        }

        return null;
    }
}
