using FamilyCase.Domain.Justice;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Features.Justice;

/// <summary>
/// The agency's short lists of charges and publication-ban sections (free text is always allowed beside them) and its
/// application deadlines. The lists are extended in configuration: <c>Justice:ChargeSections:0</c>, <c>:1</c>, ...
/// </summary>
public sealed record JusticeSettings(IReadOnlyList<string> ChargeSections, IReadOnlyList<string> BanSections, ApplicationDeadlines Deadlines)
{
    public const string ChargeSectionsKey = "Justice:ChargeSections";
    public const string BanSectionsKey = "Justice:BanSections";
    public const string ImmediateNeedsDaysKey = "Justice:Vqrp:ImmediateNeedsDays";
    public const string CounsellingMonthsKey = "Justice:Vqrp:CounsellingMonths";
    public const string SeriousInjuryMonthsKey = "Justice:Vqrp:SeriousInjuryMonths";
    public const string DueSoonDaysKey = "Justice:DueSoonDays";

    public static readonly IReadOnlyList<string> StandardCharges =
    [
        "279.01 Trafficking in persons",
        "279.011 Trafficking of a person under 18",
        "279.02 Material benefit (trafficking)",
        "279.03 Withholding or destroying documents",
        "286.1 Obtaining sexual services for consideration",
        "286.1(2) Obtaining sexual services from a person under 18",
        "286.2 Material benefit from sexual services",
        "286.3 Procuring",
    ];

    public static readonly IReadOnlyList<string> StandardBans =
    [
        "Criminal Code s. 486.4 (identity of a complainant or witness)",
        "Criminal Code s. 486.5 (identity of a victim or witness)",
        "Criminal Code s. 486.31 (witness identity not disclosed)",
        "Criminal Code s. 517 (bail hearing)",
        "Criminal Code s. 539 (preliminary inquiry)",
        "CYFSA s. 87(8) (child, parent or family member in a child-protection case)",
        "YCJA s. 110–111 (young person)",
    ];

    public static JusticeSettings From(IConfiguration configuration) => new(
        Extend(StandardCharges, configuration, ChargeSectionsKey),
        Extend(StandardBans, configuration, BanSectionsKey),
        ApplicationDeadlines.Default with
        {
            ImmediateNeedsDays = SettingReader.Number(configuration, ImmediateNeedsDaysKey, ApplicationDeadlines.Default.ImmediateNeedsDays, 1, 730),
            CounsellingMonths = SettingReader.Number(configuration, CounsellingMonthsKey, ApplicationDeadlines.Default.CounsellingMonths, 1, 60),
            SeriousInjuryMonths = SettingReader.Number(configuration, SeriousInjuryMonthsKey, ApplicationDeadlines.Default.SeriousInjuryMonths, 1, 120),
            DueSoonDays = SettingReader.Number(configuration, DueSoonDaysKey, ApplicationDeadlines.Default.DueSoonDays, 1, 90),
        });

    private static List<string> Extend(IReadOnlyList<string> standard, IConfiguration configuration, string key) =>
        standard.Concat(configuration.GetSection(key).GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
