using FamilyCase.Data;
using FamilyCase.Domain.Supervision;
using FamilyCase.Web.Features.Dashboard;
using Microsoft.Extensions.Configuration;

namespace FamilyCase.Web.Tests.Dashboard;

public sealed class DashboardSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Without_settings_the_thresholds_and_weights_are_the_documented_defaults()
    {
        var settings = DashboardSettings.From(Config());

        Assert.Equal(DashboardThresholds.Default, settings.Thresholds);
        Assert.Equal(IntensityWeights.Default, settings.Weights);
        Assert.Equal((14, 30, 90, 30, 14, 7, 12), (settings.Thresholds.CourtWindowDays, settings.Thresholds.ReferralWaitDays, settings.Thresholds.PoliceLookbackDays,
            settings.Thresholds.NoContactDays, settings.Thresholds.IntakeDays, settings.Thresholds.RefusalLookbackDays, settings.Thresholds.TrendMonths));
    }

    [Fact]
    public void Every_threshold_and_weight_is_read_from_its_setting()
    {
        var settings = DashboardSettings.From(Config(("Dashboard:ReferralWaitDays", "45"), ("Dashboard:TrendMonths", "24"), ("Dashboard:Weights:CourtWeek", "1.5"),
            ("Dashboard:Weights:OnHoldFamily", "0")));

        Assert.Equal(45, settings.Thresholds.ReferralWaitDays);
        Assert.Equal(24, settings.Thresholds.TrendMonths);
        Assert.Equal(1.5, settings.Weights.CourtWeek);
        Assert.Equal(0, settings.Weights.OnHoldFamily);
    }

    [Theory]
    [InlineData("Dashboard:CourtWindowDays", "0")]
    [InlineData("Dashboard:ReferralWaitDays", "thirty")]
    [InlineData("Dashboard:TrendMonths", "100")]
    [InlineData("Dashboard:Weights:CourtWeek", "-1")]
    [InlineData("Dashboard:Weights:Member", "1,5")]
    public void A_value_out_of_range_stops_the_start_with_a_message_naming_the_setting(string key, string value)
    {
        var error = Assert.Throws<InvalidSettingException>(() => DashboardSettings.From(Config((key, value))));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
