using FamilyCase.Data;
using FamilyCase.Domain.Assessments;

namespace FamilyCase.Web.Features.Assessments;

/// <summary>Reads <c>Assessments:ReassessmentDays</c> and <c>Assessments:Pcl5CutPoint</c>, stopping the start on a bad value.</summary>
public static class AssessmentSettings
{
    public const string ReassessmentDaysKey = "Assessments:ReassessmentDays";
    public const string Pcl5CutPointKey = "Assessments:Pcl5CutPoint";

    public static AssessmentRules From(IConfiguration configuration)
    {
        var days = Read(configuration, ReassessmentDaysKey, AssessmentRules.Default.ReassessmentDays, 7, 730);
        var cutPoint = Read(configuration, Pcl5CutPointKey, AssessmentRules.Default.Pcl5CutPoint, AssessmentRules.LowestPcl5CutPoint, AssessmentRules.HighestPcl5CutPoint);
        return new AssessmentRules(days, cutPoint);
    }

    private static int Read(IConfiguration configuration, string key, int fallback, int lowest, int highest)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= lowest && value <= highest
            ? value
            : throw new InvalidSettingException(key, $"'{text}' is not a whole number from {lowest} to {highest}.");
    }
}
