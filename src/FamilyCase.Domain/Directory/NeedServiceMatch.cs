using FamilyCase.Domain.Assessments.Instruments;

namespace FamilyCase.Domain.Directory;

/// <summary>
/// Which kinds of service answer each need domain of the check-in: the report's "needs with no matching service" and the
/// referral dialog's first choices both read this one table.
/// </summary>
public static class NeedServiceMatch
{
    private static readonly Dictionary<string, ServiceKind[]> Table = new()
    {
        ["checkin.wellbeing"] = [ServiceKind.Counselling, ServiceKind.ParentPeerSupport],
        ["checkin.safety"] = [ServiceKind.SafetyPlanning, ServiceKind.VictimServices],
        ["checkin.services"] = [ServiceKind.VictimServices, ServiceKind.FinancialHelp],
        ["checkin.justice"] = [ServiceKind.VictimServices, ServiceKind.LegalAdvice],
        ["checkin.heard"] = [ServiceKind.VictimServices, ServiceKind.LegalAdvice],
        ["checkin.police"] = [ServiceKind.VictimServices, ServiceKind.LegalAdvice],
        ["checkin.support"] = [ServiceKind.ParentPeerSupport, ServiceKind.SiblingSupport],
        ["checkin.blame"] = [ServiceKind.ParentPeerSupport, ServiceKind.Counselling],
        ["checkin.children"] = [ServiceKind.SiblingSupport],
        ["checkin.practical"] = [ServiceKind.FinancialHelp, ServiceKind.Housing],
        ["checkin.health"] = [ServiceKind.HealthAndSleep],
        ["checkin.culture"] = [ServiceKind.CulturallySpecific, ServiceKind.IndigenousLed],
        ["checkin.information"] = [ServiceKind.VictimServices],
    };

    public static IReadOnlyList<ServiceKind> KindsFor(string domainKey) => Table.GetValueOrDefault(domainKey) ?? [];

    /// <summary>Every domain of the check-in has a row, so a new domain cannot be forgotten here.</summary>
    public static IEnumerable<string> Domains => FamilyNeedsCheckIn.Domains.Select(d => d.Key);

    public static bool Answers(string domainKey, IEnumerable<ServiceKind> offered) => KindsFor(domainKey).Intersect(offered).Any();
}
