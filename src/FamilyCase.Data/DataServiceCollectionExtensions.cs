using FamilyCase.Data.Auditing;
using FamilyCase.Data.Seeding;
using FamilyCase.Data.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilyCase.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "FamilyCase.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "FamilyCase.Data.SqlServer";

    public static IServiceCollection AddFamilyCaseData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditLogProtection>();
        services.AddSingleton<ReferralHistoryProtection>();
        services.AddSingleton<ChangeAuditing>();
        services.AddSingleton<TextLengthGuard>();
        services.AddDbContextFactory<FamilyCaseDb>((provider, options) =>
        {
            options.UseFamilyCaseProvider(settings);
            options.AddInterceptors(
                provider.GetRequiredService<AuditLogProtection>(),
                provider.GetRequiredService<ReferralHistoryProtection>(),
                provider.GetRequiredService<TextLengthGuard>(),
                provider.GetRequiredService<ChangeAuditing>());
        });
        services.AddSingleton(provider => ColumnLimits.From(provider.GetRequiredService<IDbContextFactory<FamilyCaseDb>>()));
        services.AddSingleton<RecentViews>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<SyntheticFamilyGenerator>();
        return services;
    }

    public static DbContextOptionsBuilder UseFamilyCaseProvider(this DbContextOptionsBuilder options, DatabaseSettings settings) =>
        settings.Provider switch
        {
            DatabaseProvider.SqlServer => options.UseSqlServer(settings.ConnectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly)),
            _ => options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
        };
}
