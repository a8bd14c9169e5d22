using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Features.Shared;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Consents;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Consents;

public sealed record ConsentRow(int Id, int MemberId, ConsentScope Scope, string? Recipient, bool Given, DateOnly DecidedOn, DateOnly? ExpiresOn, string? Note, string RecordedBy);

/// <summary>Every consent decision recorded for a family's members, newest first.</summary>
public sealed class ConsentQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AuditTrail audit)
{
    public async Task<IReadOnlyList<ConsentRow>> ExecuteAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .ConsentsVisibleTo(staff.Scope, now)
            .OrderByDescending(c => c.DecidedOn).ThenByDescending(c => c.Id)
            .Select(c => new ConsentRow(c.Id, c.FamilyMemberId, c.Scope, c.Recipient, c.Given, c.DecidedOn, c.ExpiresOn, c.Note, c.RecordedBy!.DisplayName))
            .ToListAsync(cancellationToken);
        if (await FamilyScope.IsVisibleAsync(db, staff, familyId, now, cancellationToken))
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family",
                familyId.ToString(System.Globalization.CultureInfo.InvariantCulture), familyId, $"Consent tab: {rows.Count} decisions"), cancellationToken);
        }

        return rows;
    }
}
