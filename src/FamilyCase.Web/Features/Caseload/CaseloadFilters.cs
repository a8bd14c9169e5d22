using System.Globalization;
using FamilyCase.Domain.Families;

namespace FamilyCase.Web.Features.Caseload;

/// <summary>
/// The caseload's search, filters, order and page as they travel in the address (<c>/?q=…&amp;status=Active&amp;page=2</c>), so a
/// filtered list can be bookmarked and the page works without a live connection. Anything unusable in the address is set aside
/// with a plain message rather than breaking the page.
/// </summary>
public sealed record CaseloadFilters(CaseloadRequest Request, IReadOnlyList<string> Problems)
{
    public const int DefaultPageSize = 25;
    public static readonly int[] PageSizes = [10, 25, 50, 100];

    public static readonly CaseloadFilters Default = new(new CaseloadRequest(null, CaseloadSort.RecentlyUpdated, true, 0, DefaultPageSize), []);

    public static CaseloadFilters From(Func<string, string?> read)
    {
        var problems = new List<string>();
        var search = read("q")?.Trim();
        if (search is { Length: > CaseloadQuery.LongestSearch })
        {
            problems.Add($"Searches are at most {CaseloadQuery.LongestSearch} characters, so only the first {CaseloadQuery.LongestSearch} were used.");
            search = search[..CaseloadQuery.LongestSearch];
        }

        var status = Choice<FamilyStatus>(read("status"), "status", problems);
        var sort = Choice<CaseloadSort>(read("sort"), "order", problems) ?? CaseloadSort.RecentlyUpdated;
        var page = Whole(read("page"), 1, 100_000, "page", problems) ?? 1;
        var size = Whole(read("size"), 1, CaseloadQuery.MaxPageSize, "number of rows", problems) ?? DefaultPageSize;
        var team = Whole(read("team"), 1, int.MaxValue, "team", problems);
        var request = new CaseloadRequest(string.IsNullOrEmpty(search) ? null : search, sort, read("dir") != "asc", page - 1, size)
        {
            Status = status,
            TeamId = team,
            SafetyConcernOnly = read("safety") == "1",
            PublicationBanOnly = read("ban") == "1",
            MediaAttentionOnly = read("media") == "1",
        };
        return new CaseloadFilters(request, problems);
    }

    public bool IsFiltered => Request is { Search: not null } or { Status: not null } or { TeamId: not null } or { SafetyConcernOnly: true } or { PublicationBanOnly: true } or { MediaAttentionOnly: true };

    /// <summary>The address of the home page with these filters, changed as asked (another order, page or page size).</summary>
    public string Link(CaseloadSort? sort = null, bool? descending = null, int? page = null, int? size = null)
    {
        var r = Request;
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", r.Search);
        Add("status", r.Status?.ToString());
        Add("team", r.TeamId?.ToString(CultureInfo.InvariantCulture));
        Add("safety", r.SafetyConcernOnly ? "1" : null);
        Add("ban", r.PublicationBanOnly ? "1" : null);
        Add("media", r.MediaAttentionOnly ? "1" : null);
        var chosenSort = sort ?? r.Sort;
        Add("sort", chosenSort == CaseloadSort.RecentlyUpdated ? null : chosenSort.ToString());
        Add("dir", descending ?? r.Descending ? null : "asc");
        var chosenPage = page ?? r.Page;
        Add("page", chosenPage == 0 ? null : (chosenPage + 1).ToString(CultureInfo.InvariantCulture));
        var chosenSize = size ?? r.PageSize;
        Add("size", chosenSize == DefaultPageSize ? null : chosenSize.ToString(CultureInfo.InvariantCulture));
        return "/" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    private static T? Choice<T>(string? text, string what, List<string> problems) where T : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        problems.Add($"The {what} in the address was not understood, so it was left out.");
        return null;
    }

    private static int? Whole(string? text, int lowest, int highest, string what, List<string> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= lowest && value <= highest)
        {
            return value;
        }

        problems.Add($"The {what} in the address was not understood, so it was left out.");
        return null;
    }
}
