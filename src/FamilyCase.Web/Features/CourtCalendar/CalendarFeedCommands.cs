using System.Security.Cryptography;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Auditing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.CourtCalendar;

/// <summary>
/// A person's own court-calendar feed: a secret address their calendar app can read without signing in. Only a hash of the
/// secret is kept, so the address is shown once; making a new one or revoking it stops the old one at once.
/// </summary>
public sealed class CalendarFeedCommands(IDbContextFactory<FamilyCaseDb> factory, AuditTrail audit)
{
    public const string PathPrefix = "/calendar/feed/";

    public async Task<bool> HasFeedAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AnyAsync(s => s.Id == staff.StaffId && s.CalendarFeedKeyHash != null, cancellationToken);
    }

    /// <summary>Makes a new secret address (ending any earlier one) and returns its path, or null for someone with no court dates to follow.</summary>
    public async Task<string?> CreateAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        if (!Domain.Access.FamilyAccessPolicy.SeesCaseContent(staff.Role))
        {
            return null;
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var updated = await db.Staff.Where(s => s.Id == staff.StaffId && s.IsActive)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CalendarFeedKeyHash, Hash(key)), cancellationToken);
        if (updated == 0)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(AuditAction.Change, staff.DisplayName, staff.StaffId, "CalendarFeed", null, null, "Made a new court-calendar feed address"), cancellationToken);
        return $"{PathPrefix}{key}.ics";
    }

    public async Task RevokeAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var revoked = await db.Staff.Where(s => s.Id == staff.StaffId && s.CalendarFeedKeyHash != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CalendarFeedKeyHash, (string?)null), cancellationToken);
        if (revoked > 0)
        {
            await audit.RecordAsync(new AuditEntry(AuditAction.Change, staff.DisplayName, staff.StaffId, "CalendarFeed", null, null, "Revoked the court-calendar feed address"), cancellationToken);
        }
    }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
