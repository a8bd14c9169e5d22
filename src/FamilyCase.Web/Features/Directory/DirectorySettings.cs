using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Plans;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Features.Directory;

/// <summary>
/// Who keeps the service directory, the areas programs are offered in, and the smallest count the referral report shows
/// to readers who see no case content. The areas list is extended in configuration: <c>Directory:Areas:0</c>, <c>:1</c>, ...
/// </summary>
public sealed record DirectorySettings(bool SupervisorsMayManage, IReadOnlyList<string> Areas, SmallCounts SmallCounts)
{
    public const string SupervisorsMayManageKey = "Directory:SupervisorsMayManage";
    public const string AreasKey = "Directory:Areas";
    public const string SmallCountKey = "Referrals:SmallCountThreshold";

    public static readonly IReadOnlyList<string> StandardLanguages =
    [
        "English", "French", "Arabic", "Cree", "Inuktitut", "Ojibwe", "Portuguese", "Punjabi", "Somali", "Spanish", "Tagalog", "Tamil", "Urdu",
    ];

    public static DirectorySettings From(IConfiguration configuration) => new(
        SettingReader.YesNo(configuration, SupervisorsMayManageKey, false),
        Catchment.StandardAreas.Concat(configuration.GetSection(AreasKey).GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        new SmallCounts(SettingReader.Number(configuration, SmallCountKey, 5, 2, 50)));
}
