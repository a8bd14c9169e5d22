using FamilyCase.Domain.Consents;
using FamilyCase.Web.Features.Families;

namespace FamilyCase.Web.Tests.Families;

public sealed class EcomapBuilderTests
{
    [Fact]
    public void Every_recorded_tie_becomes_a_line_and_a_sentence()
    {
        EcomapMember[] members =
        [
            new(1, "Marisol", RegisteredWithVictimServices: true, RecognisedAsVictim: true, "Mosque community", ConsentState.Given, ConsentState.NotRecorded),
            new(2, "Diego", RegisteredWithVictimServices: null, RecognisedAsVictim: true, null, ConsentState.Withdrawn, ConsentState.Given),
            new(3, "Lucia", null, null, null, ConsentState.NotRecorded, ConsentState.NotRecorded),
        ];

        var map = EcomapBuilder.Build(members, ["Amira Haddad"], hasCourtSupport: true);

        Assert.Equal(["m1", "m2", "m3"], map.Members.Select(m => m.Key));
        Assert.Equal(
            [SupportKind.Agency, SupportKind.VictimServices, SupportKind.Community, SupportKind.Police, SupportKind.Court],
            map.Supports.Select(s => s.Kind!.Value));
        Assert.Contains(map.Ties, t => t is { From: "m1", To: "victim-services", Strength: TieStrength.Strong });
        Assert.Contains(map.Ties, t => t is { From: "m2", To: "victim-services", Strength: TieStrength.Tentative });
        Assert.DoesNotContain(map.Ties, t => t is { From: "m2", To: "police" });
        Assert.Contains(map.Ties, t => t is { From: "family", To: "court", Strength: TieStrength.Strong });
        Assert.DoesNotContain(map.Ties, t => t.From == "m3");
        Assert.All(map.Ties, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
    }

    [Fact]
    public void Nodes_stay_inside_the_drawing_and_members_inside_the_family_circle()
    {
        var members = Enumerable.Range(1, 9).Select(i => new EcomapMember(i, $"Person {i}", true, true, $"Support {i}", ConsentState.Given, ConsentState.Given)).ToList();

        var map = EcomapBuilder.Build(members, [], hasCourtSupport: false);

        Assert.All(map.Supports, n => Assert.True(n.X - 80 >= 0 && n.X + 80 <= Ecomap.Width && n.Y - 18 >= 0 && n.Y + 18 <= Ecomap.Height, n.Label));
        Assert.All(map.Members, n => Assert.True(Math.Pow(n.X - Ecomap.CentreX, 2) + Math.Pow(n.Y - Ecomap.CentreY, 2) < Math.Pow(Ecomap.FamilyRadius, 2), n.Label));
        Assert.Contains(map.Ties, t => t is { From: "family", To: "agency", Strength: TieStrength.Tentative });
    }
}
