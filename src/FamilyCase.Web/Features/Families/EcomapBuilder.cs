using FamilyCase.Domain.Consents;

namespace FamilyCase.Web.Features.Families;

public enum SupportKind
{
    Agency,
    VictimServices,
    Community,
    Police,
    Court,

    /// <summary>A program a person is referred to.</summary>
    Service,
}

public enum TieStrength
{
    Strong,
    Tentative,

    /// <summary>A tie the person describes as neither helpful nor harmful.</summary>
    Neutral,

    /// <summary>A tie the person experienced as unsupportive: police who did not support them.</summary>
    Strained,

    /// <summary>A tie that has ended: a referral completed, declined or closed.</summary>
    Ended,
}

/// <summary>A member's tie to a place outside the family (a police service, a court, a program), with how it stands.</summary>
public sealed record PlaceTie(int MemberId, SupportKind Kind, string Place, TieStrength Experience, string Description);

public sealed record EcomapNode(string Key, string Label, double X, double Y, SupportKind? Kind = null);

public sealed record EcomapTie(string From, string To, TieStrength Strength, string Description);

public sealed record Ecomap(IReadOnlyList<EcomapNode> Members, IReadOnlyList<EcomapNode> Supports, IReadOnlyList<EcomapTie> Ties)
{
    public const double Width = 800;
    public const double Height = 500;
    public const double CentreX = Width / 2;
    public const double CentreY = Height / 2;
    public const double FamilyRadius = 135;
}

public sealed record EcomapMember(int Id, string Name, bool? RegisteredWithVictimServices, bool? RecognisedAsVictim, string? CulturalSupports, ConsentState PoliceConsent, ConsentState CourtConsent);

/// <summary>
/// Lays out the family's ecomap: members inside the family circle, the services and supports recorded so far around it,
/// and a line for each tie. Pure layout, so it is tested without a browser.
/// </summary>
public static class EcomapBuilder
{
    public static Ecomap Build(IReadOnlyList<EcomapMember> members, IReadOnlyList<string> workers, bool hasCourtSupport, IReadOnlyList<PlaceTie>? justice = null)
    {
        var memberNodes = members.Select((m, i) =>
        {
            var (x, y) = OnCircle(i, members.Count, members.Count == 1 ? 0 : 82, 82);
            return new EcomapNode($"m{m.Id}", m.Name, x, y);
        }).ToList();

        var supports = new List<(string Key, string Label, SupportKind Kind)>();
        var ties = new List<EcomapTie>();
        const string agency = "agency";
        supports.Add((agency, workers.Count == 0 ? "Agency (no worker assigned)" : $"Agency: {string.Join(", ", workers)}", SupportKind.Agency));
        ties.Add(new EcomapTie("family", agency, workers.Count == 0 ? TieStrength.Tentative : TieStrength.Strong,
            workers.Count == 0 ? "The family has no worker assigned right now" : $"The family works with {string.Join(" and ", workers)}"));

        foreach (var member in members)
        {
            var key = $"m{member.Id}";
            if (member.RegisteredWithVictimServices == true || member.RecognisedAsVictim == true)
            {
                Add(supports, "victim-services", "Victim services", SupportKind.VictimServices);
                ties.Add(member.RegisteredWithVictimServices == true
                    ? new EcomapTie(key, "victim-services", TieStrength.Strong, $"{member.Name} is registered with victim services")
                    : new EcomapTie(key, "victim-services", TieStrength.Tentative, $"{member.Name} is recognised as a victim of crime but not yet registered with victim services"));
            }

            if (!string.IsNullOrWhiteSpace(member.CulturalSupports))
            {
                var communityKey = "community-" + member.CulturalSupports.Trim().ToUpperInvariant();
                Add(supports, communityKey, member.CulturalSupports.Trim(), SupportKind.Community);
                ties.Add(new EcomapTie(key, communityKey, TieStrength.Strong, $"{member.Name} draws on {member.CulturalSupports.Trim()}"));
            }

            if (member.PoliceConsent == ConsentState.Given)
            {
                Add(supports, "police", "Police", SupportKind.Police);
                ties.Add(new EcomapTie(key, "police", TieStrength.Tentative, $"{member.Name} agreed that information may be shared with police"));
            }

            if (member.CourtConsent == ConsentState.Given)
            {
                Add(supports, "court", "Court", SupportKind.Court);
                ties.Add(new EcomapTie(key, "court", TieStrength.Tentative, $"{member.Name} agreed that information may be shared with the court"));
            }
        }

        foreach (var tie in justice ?? [])
        {
            var placeKey = $"{tie.Kind.ToString().ToLowerInvariant()}-{tie.Place.Trim().ToUpperInvariant()}";
            Add(supports, placeKey, tie.Place.Trim(), tie.Kind);
            ties.Add(new EcomapTie($"m{tie.MemberId}", placeKey, tie.Experience, tie.Description));
        }

        if (hasCourtSupport)
        {
            Add(supports, "court", "Court", SupportKind.Court);
            ties.Add(new EcomapTie("family", "court", TieStrength.Strong, "The family has a court-support worker"));
        }

        var supportNodes = supports.Select((s, i) =>
        {
            var (x, y) = OnCircle(i, supports.Count, 300, 205);
            return new EcomapNode(s.Key, s.Label, x, y, s.Kind);
        }).ToList();
        return new Ecomap(memberNodes, supportNodes, ties);
    }

    private static void Add(List<(string Key, string Label, SupportKind Kind)> supports, string key, string label, SupportKind kind)
    {
        if (supports.All(s => s.Key != key))
        {
            supports.Add((key, label, kind));
        }
    }

    // Starts at the top and goes clockwise, so the agency always sits above the family.
    private static (double X, double Y) OnCircle(int index, int count, double radiusX, double radiusY)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * index / Math.Max(1, count);
        return (Math.Round(Ecomap.CentreX + radiusX * Math.Cos(angle), 1), Math.Round(Ecomap.CentreY + radiusY * Math.Sin(angle), 1));
    }
}
