using FamilyCase.Domain.Access;
using FamilyCase.Web.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyCase.Web.Features.Caseload;

/// <summary>The caseload's results alone, for caseload.js to swap in when a filter changes, so a click costs one query and no page.</summary>
public static class CaseloadResultsEndpoint
{
    public const string Path = "/caseload/results";

    public static IEndpointRouteBuilder MapCaseloadResults(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http) =>
        {
            if (SignedInStaff.From(http.User) is not { } staff || !FamilyAccessPolicy.SeesCaseContent(staff.Role))
            {
                return Results.NotFound();
            }

            var filters = CaseloadFilters.From(key => http.Request.Query[key].FirstOrDefault());
            return (IResult)new RazorComponentResult<CaseloadResults>(new { Staff = staff, Filters = filters });
        }).RequireAuthorization();
        return endpoints;
    }
}
