using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace FamilyCase.Web.Authentication;

public static class AccountEndpoints
{
    public const string IdleReason = "idle";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");

        account.MapPost("/logout", async (HttpContext context, AuditTrail audit, AuthenticationSettings settings, StaffSessions sessions) =>
        {
            // Read by hand: a sign-out must work even when the browser sends no form at all.
            var idle = context.Request.HasFormContentType && (await context.Request.ReadFormAsync())["reason"] == IdleReason;
            var staff = SignedInStaff.From(context.User);
            if (staff is not null)
            {
                await audit.RecordAsync(new AuditEntry(AuditAction.SignOut, staff.DisplayName, staff.StaffId, Detail: idle ? "Signed out after inactivity" : "Signed out everywhere"));
                await EndSessionsAsync(context, staff, sessions, idle);
            }

            var loginUrl = $"{AuthenticationRegistration.LoginPath}?{(idle ? "reason=idle" : "signedout=1")}";
            if (settings.Mode == AuthenticationMode.EntraId)
            {
                return Results.SignOut(
                    new AuthenticationProperties { RedirectUri = loginUrl },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
            }

            await context.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>().SignOutAsync();
            return Results.LocalRedirect(loginUrl);
        })
        .AllowAnonymous()
        // A laptop that wakes long after its session ended posts a token bound to a user who is gone;
        // refusing it would leave a signed-out screen showing an error. Signing someone out is harmless to forge.
        .DisableAntiforgery();

        // Called by the browser while the person is active, so the sliding sign-in cookie stays fresh.
        account.MapGet("/keepalive", () => Results.NoContent());

        account.MapGet("/signin-entra", (string? returnUrl) =>
            Results.Challenge(
                new AuthenticationProperties { RedirectUri = LocalUrl.OrHome(returnUrl) },
                [OpenIdConnectDefaults.AuthenticationScheme])).AllowAnonymous();

        return endpoints;
    }

    /// <summary>
    /// Signing out ends every session of the person, on every device and in every tab (and, for a local account, changes its
    /// security stamp); an idle sign-out ends only this browser's session.
    /// </summary>
    private static async Task EndSessionsAsync(HttpContext context, SignedInStaff staff, StaffSessions sessions, bool idle)
    {
        if (idle)
        {
            if (staff.SessionId is { } session)
            {
                await sessions.EndAsync(session, Domain.Staff.SessionEnd.Idle, context.RequestAborted);
            }

            return;
        }

        if (staff.SessionId is { } current)
        {
            await sessions.EndAsync(current, Domain.Staff.SessionEnd.SignedOut, context.RequestAborted);
        }

        await sessions.EndAllAsync(staff.StaffId, Domain.Staff.SessionEnd.SignedOutElsewhere, context.RequestAborted);
        if (context.RequestServices.GetService<UserManager<ApplicationUser>>() is { } users
            && await users.GetUserAsync(context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
    }
}
