using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Signs a person in with a local account, counting wrong passwords towards a lockout, and audits every attempt with its
/// real cause. The person is told only whether it worked: one message for a wrong password, an unknown, a locked or an
/// inactive account, each taking about as long, so the form cannot be used to find out which accounts exist.
/// </summary>
public sealed class LocalSignIn(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    IDbContextFactory<FamilyCaseDb> dbFactory,
    StaffSessions sessions,
    AuditTrail audit)
{
    public const string NotSignedIn = "That user name and password don't match an active, unlocked account. Please check them and try again, or ask your administrator.";

    // A password hash to check against when there is no real one to check, so every answer takes about as long.
    private static readonly Lazy<string> StandInHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public async Task<bool> SignInAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName) ?? await users.FindByEmailAsync(userName);
        if (user is null)
        {
            TakeTheTimeOfAPasswordCheck(password);
            // The typed name is not stored: people sometimes type a password there.
            await audit.RecordAsync(new AuditEntry(AuditAction.SignInFailed, "Unknown account", Detail: "No account with that name"), cancellationToken);
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffMemberId, cancellationToken);
        if (!staff.IsActive)
        {
            TakeTheTimeOfAPasswordCheck(password);
            await audit.RecordAsync(new AuditEntry(AuditAction.SignInFailed, staff.DisplayName, staff.Id, Detail: "Staff record is inactive"), cancellationToken);
            return false;
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            if (result.IsLockedOut)
            {
                // A locked account is refused before its password is checked.
                TakeTheTimeOfAPasswordCheck(password);
            }

            await audit.RecordAsync(new AuditEntry(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, staff.DisplayName, staff.Id, Detail: "Local account"), cancellationToken);
            return false;
        }

        var session = await sessions.StartAsync(staff.Id, cancellationToken);
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, StaffClaimsBuilder.Session(session));
        await audit.RecordAsync(new AuditEntry(AuditAction.SignIn, staff.DisplayName, staff.Id, Detail: "Local account"), cancellationToken);
        return true;
    }

    private void TakeTheTimeOfAPasswordCheck(string password) =>
        users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), StandInHash.Value, password);
}
