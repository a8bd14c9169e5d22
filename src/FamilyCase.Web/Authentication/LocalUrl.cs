namespace FamilyCase.Web.Authentication;

public static class LocalUrl
{
    /// <summary>The return address when it stays on this site; otherwise the home page, so sign-in can't be used to send people elsewhere.</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
