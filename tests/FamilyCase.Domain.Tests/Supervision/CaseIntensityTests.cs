using FamilyCase.Domain.Families;
using FamilyCase.Domain.Supervision;

namespace FamilyCase.Domain.Tests.Supervision;

public sealed class CaseIntensityTests
{
    [Fact]
    public void A_family_in_court_with_someone_testifying_and_an_alert_weighs_more_than_one_on_hold()
    {
        var inCourt = new FamilyLoad(FamilyStatus.Active, Members: 4, CourtWeeks: 2, TestifyingMembers: 1, OpenSafetyAlerts: 1);
        var onHold = new FamilyLoad(FamilyStatus.OnHold, Members: 4, CourtWeeks: 0, TestifyingMembers: 0, OpenSafetyAlerts: 0);

        // 1 + 4 × 0.1 + 2 × 1 + 0.5 + 1, and 0.25 + 4 × 0.1.
        Assert.Equal(4.9, CaseIntensity.Of(inCourt, IntensityWeights.Default), 10);
        Assert.Equal(0.65, CaseIntensity.Of(onHold, IntensityWeights.Default), 10);
    }

    [Fact]
    public void A_closed_family_weighs_nothing_and_weights_are_the_agencys()
    {
        var closed = new FamilyLoad(FamilyStatus.Closed, 3, 1, 1, 1);
        var intake = new FamilyLoad(FamilyStatus.Intake, 2, 0, 0, 0);
        var heavyIntake = IntensityWeights.Default with { IntakeFamily = 3, Member = 0 };

        Assert.Equal(0, CaseIntensity.Of(closed, IntensityWeights.Default));
        Assert.Equal(3, CaseIntensity.Of(intake, heavyIntake));
        Assert.Equal(4.2, CaseIntensity.Of([intake, intake with { Members = 0 }], IntensityWeights.Default with { IntakeFamily = 2 }), 10);
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-13", 1)] // today and six days on: the first week
    [InlineData("2026-12-13", "2026-12-14", 2)] // the seventh day starts the second week
    [InlineData("2026-12-20", "2027-01-03", 2)] // the second and the fifth week
    [InlineData("2026-12-06", "2026-12-06", 0)] // yesterday is not ahead
    public void Court_weeks_count_the_seven_day_weeks_from_today_that_hold_a_date(string first, string second, int weeks) =>
        Assert.Equal(weeks, CaseIntensity.WeeksWith([DateOnly.Parse(first), DateOnly.Parse(second), DateOnly.Parse(first)], new DateOnly(2026, 12, 7)));
}
