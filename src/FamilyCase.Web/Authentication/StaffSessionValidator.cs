using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Checks a sign-in cookie against the server's session on each request: role, team, active status and (for local
/// accounts) the security stamp are read again at least every <see cref="AuthenticationSettings.RevalidationInterval"/>,
/// and at once when a session of that person ended on this server. Nothing about role or team is trusted from the cookie alone.
/// </summary>
public static class StaffSessionValidator
{
    private const string CheckedItem = ".fc.checked";
    private const string EndedItem = "fc:session-ended";

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<AuthenticationSettings>();
        var sessions = services.GetRequiredService<StaffSessions>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var staff = SignedInStaff.From(context.Principal);
        if (staff?.SessionId is not { } sessionId)
        {
            await RejectAsync(context, Domain.Staff.SessionEnd.SecurityChanged);
            return;
        }

        // The absolute lifetime needs no database: it is checked on every request, not only when the session is read again.
        if (context.Principal!.FindFirstValue(StaffClaims.SessionStarted) is { } started && long.TryParse(started, CultureInfo.InvariantCulture, out var startTicks)
            && now - new DateTime(startTicks, DateTimeKind.Utc) >= settings.Sessions.AbsoluteLifetime)
        {
            await sessions.EndAsync(sessionId, Domain.Staff.SessionEnd.Expired, context.HttpContext.RequestAborted);
            await RejectAsync(context, Domain.Staff.SessionEnd.Expired);
            return;
        }

        var checkedAt = context.Properties.Items.TryGetValue(CheckedItem, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTime(ticks, DateTimeKind.Utc)
            : DateTime.MinValue;
        if (now - checkedAt >= settings.RevalidationInterval || services.GetRequiredService<SessionSignals>().EndedSince(staff.StaffId, checkedAt))
        {
            var stamp = context.Principal!.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
            if (await sessions.CheckAsync(staff, stamp, context.HttpContext.RequestAborted) is { } reason)
            {
                await RejectAsync(context, reason);
                return;
            }

            context.Properties.Items[CheckedItem] = now.Ticks.ToString(CultureInfo.InvariantCulture);
            context.ShouldRenew = true;
        }

        await sessions.TouchAsync(sessionId, now, context.HttpContext.RequestAborted);
    }

    /// <summary>Sends a person whose session ended to the sign-in page with the reason, instead of a bare sign-in form.</summary>
    public static Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = context.HttpContext.Items[EndedItem] is Domain.Staff.SessionEnd reason
            ? QueryStringAppend(context.RedirectUri, "ended", reason.ToString())
            : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context, Domain.Staff.SessionEnd reason)
    {
        context.HttpContext.Items[EndedItem] = reason;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    private static string QueryStringAppend(string uri, string name, string value) =>
        uri + (uri.Contains('?', StringComparison.Ordinal) ? "&" : "?") + name + "=" + Uri.EscapeDataString(value);
}
