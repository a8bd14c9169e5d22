using System.Globalization;

namespace FamilyCase.Domain.Documents;

/// <summary>Section outcomes as one line of text for the generated-document record: "Roles@3;Needs@3=NoConsent;Orders=NoData".</summary>
public static class SectionOutcomes
{
    public static string Write(IEnumerable<SectionOutcome> outcomes) => string.Join(';', outcomes.Select(o =>
        o.Section + (o.MemberId is { } id ? "@" + id.ToString(CultureInfo.InvariantCulture) : "") + (o.LeftOut is { } reason ? "=" + reason : "")));

    public static IReadOnlyList<SectionOutcome> Read(string text) => text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
    {
        var (head, reason) = part.Split('=') is [var h, var r] ? (h, Enum.Parse<LeftOutReason>(r)) : (part, (LeftOutReason?)null);
        var (section, member) = head.Split('@') is [var s, var m] ? (s, int.Parse(m, CultureInfo.InvariantCulture)) : (head, (int?)null);
        return new SectionOutcome(Enum.Parse<DocumentSection>(section), member, reason);
    }).ToList();
}
