using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Audit;

public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string Actor, AuditAction Action, string? RecordType, string? RecordId, string? Detail);

public sealed record AuditFilter(string? Person = null, AuditAction? Action = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>A family's audit trail, for supervisors of the family's team only.</summary>
public sealed class AuditQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock)
{
    public async Task<AuditPage> ExecuteAsync(SignedInStaff staff, int familyId, AuditFilter filter, int page, int pageSize, Func<DateOnly, DateTime> startOfDayUtc, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (staff.Role != StaffRole.Supervisor
            || !await db.Families.VisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime).AnyAsync(f => f.Id == familyId, cancellationToken))
        {
            return new AuditPage([], 0);
        }

        var events = db.AuditEvents.AsNoTracking().Where(e => e.FamilyId == familyId);
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var person = $"%{filter.Person.Trim()}%";
            events = events.Where(e => EF.Functions.Like(e.ActorName, person));
        }

        if (filter.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var fromUtc = startOfDayUtc(from);
            events = events.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = startOfDayUtc(to.AddDays(1));
            events = events.Where(e => e.OccurredAtUtc < toUtc);
        }

        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(Math.Clamp(pageSize, 1, 100))
            .Select(e => new AuditRow(e.Id, e.OccurredAtUtc, e.ActorName, e.Action, e.RecordType, e.RecordId, e.Detail))
            .ToListAsync(cancellationToken);
        return new AuditPage(rows, total);
    }
}
