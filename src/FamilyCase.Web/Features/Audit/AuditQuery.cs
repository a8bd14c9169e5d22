using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Features.Shared;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Audit;

public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string Actor, AuditAction Action, string? RecordType, string? RecordId, string? Detail);

public sealed record AuditFilter(string? Person = null, AuditAction? Action = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>A family's audit trail, for supervisors of the family's team only.</summary>
public sealed class AuditQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit)
{
    public const int LongestPersonFilter = 120;

    /// <summary>One page of a family's trail, for those who may read it; reading it is itself audited.</summary>
    public async Task<AuditPage> ExecuteAsync(SignedInStaff staff, int familyId, AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!FamilyAccessPolicy.MayReadAuditTrail(staff.Role)
            || !await FamilyScope.IsVisibleAsync(db, staff, familyId, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return new AuditPage([], 0);
        }

        var events = db.AuditEvents.AsNoTracking().Where(e => e.FamilyId == familyId);
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var name = filter.Person.Trim();
            var person = $"%{(name.Length > LongestPersonFilter ? name[..LongestPersonFilter] : name)}%";
            events = events.Where(e => EF.Functions.Like(e.ActorName, person));
        }

        if (filter.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var fromUtc = time.StartOfDayUtc(from);
            events = events.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = to >= AgencyTime.LatestDate ? DateTime.MaxValue : time.StartOfDayUtc(to.AddDays(1));
            events = events.Where(e => e.OccurredAtUtc < toUtc);
        }

        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 100))
            .Select(e => new AuditRow(e.Id, e.OccurredAtUtc, e.ActorName, e.Action, e.RecordType, e.RecordId, e.Detail))
            .ToListAsync(cancellationToken);
        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "AuditTrail",
            familyId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId, $"Audit trail: page {Math.Max(0, page) + 1}, {total} events{Describe(filter)}"), filter.Person?.Trim(), cancellationToken);
        return new AuditPage(rows, total);
    }

    // Which filters were used; the name typed is left out like any other search words.
    private static string Describe(AuditFilter filter)
    {
        var used = new List<string>();
        if (!string.IsNullOrWhiteSpace(filter.Person)) used.Add("person");
        if (filter.Action is { } action) used.Add($"action {action}");
        if (filter.From is { } from) used.Add($"from {from:yyyy-MM-dd}");
        if (filter.To is { } to) used.Add($"to {to:yyyy-MM-dd}");
        return used.Count == 0 ? "" : $" (filtered: {string.Join(", ", used)})";
    }
}
