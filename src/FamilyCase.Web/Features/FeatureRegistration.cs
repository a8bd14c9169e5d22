using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Administration;
using FamilyCase.Web.Features.Caseload;

namespace FamilyCase.Web.Features;

public static class FeatureRegistration
{
    public static IServiceCollection AddFamilyCaseFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new AgencyTime(configuration));
        services.AddScoped<CaseloadQuery>();
        services.AddScoped<StaffListQuery>();
        return services;
    }
}
