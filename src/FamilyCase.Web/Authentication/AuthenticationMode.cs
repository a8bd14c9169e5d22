namespace FamilyCase.Web.Authentication;

public enum AuthenticationMode
{
    /// <summary>ASP.NET Core Identity accounts in the FamilyCase database.</summary>
    Local,

    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web.</summary>
    EntraId,
}
