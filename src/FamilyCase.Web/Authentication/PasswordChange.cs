using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// A person changes their own local password. Every other session of theirs ends (the security stamp changes too), and this
/// browser carries on in a new session with a fresh cookie.
/// </summary>
public sealed class PasswordChange(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, StaffSessions sessions, AuditTrail audit)
{
    /// <summary>Returns the problem to show, or null when the password was changed.</summary>
    public async Task<string?> ChangeAsync(HttpContext context, string current, string next, string confirm)
    {
        var staff = SignedInStaff.From(context.User);
        if (staff?.SessionId is null || await users.GetUserAsync(context.User) is not { } user)
        {
            return "Please sign in again first.";
        }

        if (next != confirm)
        {
            return "The two new passwords are not the same.";
        }

        // Wrong current passwords count towards the same lockout as at sign-in, so an unattended open session cannot be used
        // to guess the password; when the account locks, every session ends.
        if (!await users.CheckPasswordAsync(user, current))
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                await sessions.EndAllAsync(staff.StaffId, SessionEnd.SecurityChanged, context.RequestAborted);
                await audit.RecordAsync(new AuditEntry(AuditAction.LockedOut, staff.DisplayName, staff.StaffId, Detail: "Wrong current password when changing it"), context.RequestAborted);
                return "The current password was wrong too many times, so the account is locked for a while and you are signed out.";
            }

            return "The current password is not right.";
        }

        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is not right." : e.Description));
        }

        // This browser carries on in a new session: other tabs still hold the old cookie and the old stamp, and when they
        // check in they end the session they name, which must not be this one.
        await sessions.EndAllAsync(staff.StaffId, SessionEnd.SecurityChanged, context.RequestAborted);
        var fresh = await sessions.StartAsync(staff.StaffId, context.RequestAborted);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, StaffClaimsBuilder.Session(fresh));
        await audit.RecordAsync(new AuditEntry(AuditAction.Change, staff.DisplayName, staff.StaffId, "Account", staff.StaffId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            "Changed their password; every other session ended"), context.RequestAborted);
        return null;
    }
}
