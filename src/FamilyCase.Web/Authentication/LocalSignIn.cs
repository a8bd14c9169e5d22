using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Authentication;

public enum SignInOutcome
{
    SignedIn,
    WrongNameOrPassword,
    LockedOut,
    Inactive,
}

/// <summary>Signs a person in with a local account, counting wrong passwords towards a lockout, and audits every attempt.</summary>
public sealed class LocalSignIn(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> users,
    IDbContextFactory<FamilyCaseDb> dbFactory,
    AuditTrail audit)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName) ?? await users.FindByEmailAsync(userName);
        if (user is null)
        {
            // The typed name is not stored: people sometimes type a password into the name field.
            await audit.RecordAsync(new AuditEntry(AuditAction.SignInFailed, "Unknown account", Detail: "No account with that name"));
            return SignInOutcome.WrongNameOrPassword;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == user.StaffMemberId);
        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded && !staff.IsActive)
        {
            await signInManager.SignOutAsync();
            await audit.RecordAsync(new AuditEntry(AuditAction.SignInFailed, staff.DisplayName, staff.Id, Detail: "Staff record is inactive"));
            return SignInOutcome.Inactive;
        }

        var (action, outcome) = result switch
        {
            { Succeeded: true } => (AuditAction.SignIn, SignInOutcome.SignedIn),
            { IsLockedOut: true } => (AuditAction.LockedOut, SignInOutcome.LockedOut),
            _ => (AuditAction.SignInFailed, SignInOutcome.WrongNameOrPassword),
        };
        await audit.RecordAsync(new AuditEntry(action, staff.DisplayName, staff.Id, Detail: "Local account"));
        return outcome;
    }
}
