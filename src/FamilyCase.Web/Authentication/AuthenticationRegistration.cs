using FamilyCase.Data;
using FamilyCase.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Identity.Web;

namespace FamilyCase.Web.Authentication;

public static class AuthenticationRegistration
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string AccessDeniedPath = "/account/access-denied";

    public static readonly TimeSpan SignOutGrace = TimeSpan.FromSeconds(30);
    public const string CookieName = "FamilyCase.Auth";
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddFamilyCaseAuthentication(this IServiceCollection services, IConfiguration configuration, AuthenticationSettings settings, bool isDevelopment)
    {
        services.AddSingleton(settings);
        services.AddSingleton<SessionSignals>();
        services.AddSingleton<StaffSessions>();
        services.AddCascadingAuthenticationState();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddFamilyCasePolicies();

        // Identity's options (the security-stamp claim type) are read in both modes.
        services.AddOptions<IdentityOptions>();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(provider => provider.GetRequiredService<CircuitActivity>());
        services.AddScoped<AuthenticationStateProvider, StaffAuthenticationStateProvider>();
        services.AddSignInRateLimit(settings);

        if (settings.Mode == AuthenticationMode.EntraId)
        {
            AddEntraId(services, configuration, settings, isDevelopment);
        }
        else
        {
            AddLocalAccounts(services, settings, isDevelopment);
        }

        return services;
    }

    private static void AddLocalAccounts(IServiceCollection services, AuthenticationSettings settings, bool isDevelopment)
    {
        services.AddAuthentication(options =>
        {
            options.DefaultScheme = IdentityConstants.ApplicationScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        }).AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddEntityFrameworkStores<FamilyCaseDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<LocalStaffClaimsFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options => ConfigureCookie(options, settings, isDevelopment));
        services.AddScoped<LocalSignIn>();
        services.AddScoped<PasswordChange>();
    }

    private static void AddEntraId(IServiceCollection services, IConfiguration configuration, AuthenticationSettings settings, bool isDevelopment)
    {
        services.AddScoped<EntraStaffLinker>();
        services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApp(
                options =>
                {
                    configuration.Bind(AuthenticationSettings.EntraSectionName, options);
                    options.Events ??= new OpenIdConnectEvents();
                    options.Events.OnTokenValidated = async context =>
                    {
                        var linker = context.HttpContext.RequestServices.GetRequiredService<EntraStaffLinker>();
                        if (context.Principal?.Identity is not System.Security.Claims.ClaimsIdentity identity
                            || !await linker.LinkAsync(identity, context.HttpContext.RequestAborted))
                        {
                            context.HandleResponse();
                            context.Response.Redirect($"{LoginPath}?error=norole");
                        }
                    };
                },
                cookieOptions => ConfigureCookie(cookieOptions, settings, isDevelopment));

        // Unauthenticated requests see our own sign-in page first, not an immediate redirect to Microsoft.
        services.Configure<Microsoft.AspNetCore.Authentication.AuthenticationOptions>(options =>
            options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, AuthenticationSettings settings, bool isDevelopment)
    {
        options.LoginPath = LoginPath;
        options.LogoutPath = LogoutPath;
        options.AccessDeniedPath = AccessDeniedPath;
        // The browser signs the person out at the idle timeout; the cookie lives a little longer so that
        // sign-out is still recognised and audited, and ends the session anyway if the browser was closed.
        options.ExpireTimeSpan = settings.IdleTimeout + SignOutGrace;
        options.SlidingExpiration = true;
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.Events.OnValidatePrincipal = StaffSessionValidator.ValidatePrincipalAsync;
        options.Events.OnRedirectToLogin = StaffSessionValidator.RedirectToLoginAsync;
    }
}
