using FamilyCase.Domain.Assessments;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Features.Assessments;

/// <summary>
/// Reads <c>Assessments:ReassessmentDays</c>, <c>Assessments:Pcl5CutPoint</c> and <c>Assessments:MinimumAge:{code}</c>,
/// stopping the start on a bad value.
/// </summary>
public static class AssessmentSettings
{
    public const string ReassessmentDaysKey = "Assessments:ReassessmentDays";
    public const string Pcl5CutPointKey = "Assessments:Pcl5CutPoint";
    public const string MinimumAgeKey = "Assessments:MinimumAge";

    public static AssessmentRules From(IConfiguration configuration)
    {
        var days = SettingReader.Number(configuration, ReassessmentDaysKey, AssessmentRules.Default.ReassessmentDays, 7, 730);
        var cutPoint = SettingReader.Number(configuration, Pcl5CutPointKey, AssessmentRules.Default.Pcl5CutPoint, AssessmentRules.LowestPcl5CutPoint, AssessmentRules.HighestPcl5CutPoint);
        var ages = AssessmentRules.DefaultMinimumAges.ToDictionary(
            pair => pair.Key,
            pair => SettingReader.Number(configuration, $"{MinimumAgeKey}:{pair.Key}", pair.Value, AssessmentRules.YoungestAllowed, 99),
            StringComparer.Ordinal);
        return new AssessmentRules(days, cutPoint, ages);
    }
}
