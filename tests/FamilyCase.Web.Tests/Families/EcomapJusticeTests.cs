using FamilyCase.Testing;
using FamilyCase.Web.Features.Families;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Families;

/// <summary>The ecomap draws each person's ties to police services and courts, with how the person experienced them.</summary>
public sealed class EcomapJusticeTests(EcomapJusticeTests.App app) : IClassFixture<EcomapJusticeTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task The_latest_police_contact_sets_the_tie_and_courts_are_tied_to_those_who_go_there()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        int familyId;
        await using (var db = app.CreateDb())
        {
            familyId = await db.Families.Where(f => f.FileNumber == "FC-2025-00091").Select(f => f.Id).SingleAsync();
        }

        var map = (await app.RunAsync<OverviewQuery, Ecomap?>(q => q.EcomapAsync(amira, familyId, CancellationToken.None)))!;

        // Simone first felt blamed by the patrol officers, later supported by the trafficking unit: two services, two ties.
        Assert.Contains(map.Ties, t => t.Strength == TieStrength.Strained && t.Description == "Simone did not feel supported by Lakeshore Regional Police");
        Assert.Contains(map.Ties, t => t.Strength == TieStrength.Strong && t.Description == "Simone felt supported by Lakeshore Regional Police, human trafficking unit");
        Assert.Contains(map.Supports, s => s.Kind == SupportKind.Court && s.Label == "Toronto East courthouse");
        Assert.Contains(map.Ties, t => t.Strength == TieStrength.Neutral && t.Description == "Simone has court dates at Toronto East courthouse without anyone from the agency yet");
        Assert.Contains(map.Ties, t => t.Strength == TieStrength.Strong && t.Description == "Jada goes to Toronto East courthouse with someone from the agency");
    }
}
