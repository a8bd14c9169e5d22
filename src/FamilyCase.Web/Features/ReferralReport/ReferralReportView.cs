using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Plans;

namespace FamilyCase.Web.Features.ReferralReport;

/// <summary>A reading the report can be run for: one team, or the agency (no team).</summary>
public sealed record ReportScope(int? TeamId, string Label);

/// <summary>A count, and how it is shown to this reader ("fewer than 5" when it could point to a family).</summary>
public sealed record CountRow(string Label, int Count, bool Hidden, string Shown);

/// <summary>Waits from referral to first service for one program or kind of service; no figures when too few to show.</summary>
public sealed record WaitRow(string Label, int Served, bool Hidden, string ServedShown, double? MedianDays, double? Percentile90Days);

/// <summary>A need people are working on in an area where the directory has no active program of a matching kind.</summary>
public sealed record UnmetNeedRow(string Area, string Need, IReadOnlyList<ServiceKind> KindsNeeded, int People, bool Hidden, string Shown);

public sealed record ReferralReportView(
    ReportScope Scope,
    bool Exact,
    int Threshold,
    CountRow Total,
    IReadOnlyList<CountRow> ByStatus,
    IReadOnlyList<CountRow> ByBarrier,
    IReadOnlyList<WaitRow> WaitsByProgram,
    IReadOnlyList<WaitRow> WaitsByKind,
    IReadOnlyList<UnmetNeedRow> UnmetNeeds)
{
    public static CountRow Count(string label, int count, SmallCounts small) => new(label, count, small.Hides(count), small.Show(count));

    /// <summary>Rows that add up to the total: a row hidden alongside a small one shows as "hidden".</summary>
    public static IReadOnlyList<CountRow> AddingUp(IReadOnlyList<(string Label, int Count)> rows, SmallCounts small)
    {
        var hidden = small.HiddenInTotal(rows.Select(r => r.Count).ToList());
        return rows.Select((r, i) => new CountRow(r.Label, r.Count, hidden[i], !hidden[i] ? small.Show(r.Count) : small.Hides(r.Count) ? small.Show(r.Count) : "hidden")).ToList();
    }

    public static WaitRow Wait(string label, WaitFigures? figures, SmallCounts small)
    {
        var served = figures?.Referrals ?? 0;
        var hidden = small.Hides(served);
        return new WaitRow(label, served, hidden, small.Show(served), hidden ? null : figures?.Median, hidden ? null : figures?.Percentile90);
    }
}
