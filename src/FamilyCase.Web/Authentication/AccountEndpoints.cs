using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FamilyCase.Web.Authentication;

public static class AccountEndpoints
{
    public const string IdleReason = "idle";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account");

        account.MapPost("/logout", async (HttpContext context, AuditTrail audit, AuthenticationSettings settings, [FromForm] string? reason) =>
        {
            var staff = SignedInStaff.From(context.User);
            if (staff is not null)
            {
                await audit.RecordAsync(new AuditEntry(AuditAction.SignOut, staff.DisplayName, staff.StaffId, Detail: reason == IdleReason ? "Signed out after inactivity" : null));
            }

            var loginUrl = $"{AuthenticationRegistration.LoginPath}?{(reason == IdleReason ? "reason=idle" : "signedout=1")}";
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
}
