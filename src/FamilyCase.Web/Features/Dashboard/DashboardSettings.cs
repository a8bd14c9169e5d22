using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Hosting;

namespace FamilyCase.Web.Features.Dashboard;

/// <summary>The dashboard's thresholds (<c>Dashboard:CourtWindowDays</c>, …) and caseload weights (<c>Dashboard:Weights:CourtWeek</c>, …).</summary>
public sealed record DashboardSettings(DashboardThresholds Thresholds, IntensityWeights Weights)
{
    public const string Section = "Dashboard";

    public static DashboardSettings From(IConfiguration configuration)
    {
        var d = DashboardThresholds.Default;
        var thresholds = new DashboardThresholds
        {
            CourtWindowDays = Days(configuration, nameof(d.CourtWindowDays), d.CourtWindowDays, 90),
            DeadlineWindowDays = Days(configuration, nameof(d.DeadlineWindowDays), d.DeadlineWindowDays, 90),
            ReferralWaitDays = Days(configuration, nameof(d.ReferralWaitDays), d.ReferralWaitDays, 365),
            PoliceLookbackDays = Days(configuration, nameof(d.PoliceLookbackDays), d.PoliceLookbackDays, 730),
            NoContactDays = Days(configuration, nameof(d.NoContactDays), d.NoContactDays, 365),
            IntakeDays = Days(configuration, nameof(d.IntakeDays), d.IntakeDays, 365),
            RefusalLookbackDays = Days(configuration, nameof(d.RefusalLookbackDays), d.RefusalLookbackDays, 90),
            TrendMonths = SettingReader.Number(configuration, $"{Section}:{nameof(d.TrendMonths)}", d.TrendMonths, 2, 36),
            CourtWeeksAhead = SettingReader.Number(configuration, $"{Section}:{nameof(d.CourtWeeksAhead)}", d.CourtWeeksAhead, 1, 12),
            LongestWaitPrograms = SettingReader.Number(configuration, $"{Section}:{nameof(d.LongestWaitPrograms)}", d.LongestWaitPrograms, 1, 20),
            ListedOnDashboard = SettingReader.Number(configuration, $"{Section}:{nameof(d.ListedOnDashboard)}", d.ListedOnDashboard, 1, 50),
        };
        var w = IntensityWeights.Default;
        var weights = new IntensityWeights
        {
            ActiveFamily = Weight(configuration, nameof(w.ActiveFamily), w.ActiveFamily),
            IntakeFamily = Weight(configuration, nameof(w.IntakeFamily), w.IntakeFamily),
            OnHoldFamily = Weight(configuration, nameof(w.OnHoldFamily), w.OnHoldFamily),
            Member = Weight(configuration, nameof(w.Member), w.Member),
            CourtWeek = Weight(configuration, nameof(w.CourtWeek), w.CourtWeek),
            TestifyingMember = Weight(configuration, nameof(w.TestifyingMember), w.TestifyingMember),
            OpenSafetyAlert = Weight(configuration, nameof(w.OpenSafetyAlert), w.OpenSafetyAlert),
        };
        return new DashboardSettings(thresholds, weights);
    }

    private static int Days(IConfiguration configuration, string name, int fallback, int highest) =>
        SettingReader.Number(configuration, $"{Section}:{name}", fallback, 1, highest);

    private static double Weight(IConfiguration configuration, string name, double fallback) =>
        SettingReader.Weight(configuration, $"{Section}:Weights:{name}", fallback, 0, 100);
}
