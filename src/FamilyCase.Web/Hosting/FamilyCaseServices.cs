using FamilyCase.Data;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Layout;
using FamilyCase.Web.Features;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Azure.SignalR;
using MudBlazor.Services;

namespace FamilyCase.Web.Hosting;

public static class FamilyCaseServices
{
    public const string AzureSignalRKey = "Azure:SignalR:ConnectionString";

    /// <summary>Reads and checks every setting, then registers the app; a bad setting throws <see cref="InvalidSettingException"/>.</summary>
    public static WebApplicationBuilder AddFamilyCase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var database = DatabaseSettings.From(configuration, builder.Environment.ContentRootPath);
        var authentication = AuthenticationSettings.From(configuration);
        var demo = DemoSettings.From(configuration, builder.Environment);
        var services = builder.Services;

        // Registered first so the database is migrated before anything else (such as the key ring) reads it.
        services.AddSingleton(demo);
        services.AddHostedService<DatabaseStartup>();

        var isDevelopment = builder.Environment.IsDevelopment();
        services.AddFamilyCaseData(database);
        services.AddFamilyCaseAuthentication(configuration, authentication, isDevelopment);
        services.AddDataProtection().SetApplicationName("FamilyCase").PersistKeysToDbContext<FamilyCaseDb>()
            .ProtectKeysAtRest(configuration, builder.Environment.ContentRootPath);
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        services.AddRazorComponents().AddInteractiveServerComponents();
        if (configuration[AzureSignalRKey] is { Length: > 0 } signalRConnection)
        {
            services.AddSignalR().AddAzureSignalR(options =>
            {
                options.ConnectionString = signalRConnection;
                options.ServerStickyMode = ServerStickyMode.Required;
            });
        }

        services.AddMudServices(FamilyCaseTheme.ConfigureSnackbar);
        services.AddHttpContextAccessor();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddFamilyCaseFeatures(configuration);
        return builder;
    }
}
