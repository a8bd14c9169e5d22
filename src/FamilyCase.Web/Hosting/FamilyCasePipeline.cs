using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components;
using FamilyCase.Web.Features.Caseload;
using FamilyCase.Web.Features.CourtCalendar;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Web.Features.ReferralReport;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FamilyCase.Web.Hosting;

public static class FamilyCasePipeline
{
    public static WebApplication UseFamilyCase(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        var authentication = app.Services.GetRequiredService<AuthenticationSettings>();
        app.UseFamilyCaseSecurityHeaders(EntraFormActions(app.Configuration, authentication));
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapCalendarFeed();
        app.MapReferralReportExport();
        app.MapDashboardExport();
        app.MapCaseloadResults();
        // Our own policy already forbids every frame ancestor; Blazor's default would add a second, weaker header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    // Signing out of Entra ID posts a form that ends at Microsoft's sign-out page.
    private static IEnumerable<string> EntraFormActions(IConfiguration configuration, AuthenticationSettings authentication) =>
        authentication.Mode == AuthenticationMode.EntraId
            ? [configuration[$"{AuthenticationSettings.EntraSectionName}:Instance"] ?? "https://login.microsoftonline.com/"]
            : [];
}
