using Microsoft.AspNetCore.Http.HttpResults;

namespace FamilyCase.Web.Authentication;

public static class LocalUrl
{
    /// <summary>
    /// The return address when the framework's own check finds it local; otherwise the home page, so sign-in can't be used to
    /// send people elsewhere (the check also refuses the tab and backslash tricks browsers would read as another site).
    /// </summary>
    public static string OrHome(string? url) => RedirectHttpResult.IsLocalUrl(url) ? url! : "/";
}
