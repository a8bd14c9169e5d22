namespace FamilyCase.Web.Hosting;

/// <summary>Response headers that keep the app out of frames and limit what a page may load.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Blazor Server needs a WebSocket back to its own origin; MudBlazor sets inline style attributes.
    /// No inline or third-party script is allowed.
    /// </summary>
    public static string ContentSecurityPolicy(HttpRequest request, IEnumerable<string> extraFormActions)
    {
        var socketOrigin = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}";
        var formActions = string.Join(' ', new[] { "'self'" }.Concat(extraFormActions));
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            $"connect-src 'self' {socketOrigin}",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formActions}",
            "frame-ancestors 'none'");
    }

    public static IApplicationBuilder UseFamilyCaseSecurityHeaders(this IApplicationBuilder app, IEnumerable<string> extraFormActions)
    {
        var formActions = extraFormActions.ToArray();
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request, formActions);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            context.Response.OnStarting(() =>
            {
                // Pages and files about families are never kept by the browser: after signing out, Back must not show them.
                if (context.User.Identity?.IsAuthenticated == true && IsPrivate(context.Response.ContentType))
                {
                    context.Response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
    }

    private static readonly string[] PrivateTypes = ["text/html", "text/csv", "application/pdf", "application/zip"];

    private static bool IsPrivate(string? contentType) =>
        contentType is not null && PrivateTypes.Any(type => contentType.StartsWith(type, StringComparison.OrdinalIgnoreCase));
}
