namespace FamilyCase.Web.Authentication;

public static class Policies
{
    /// <summary>Roles that work with families; administrators see no case content.</summary>
    public const string CaseContent = "CaseContent";
    public const string Administration = "Administration";
}
