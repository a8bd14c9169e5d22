using FamilyCase.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Page-level authorization, each backed by one named permission of <see cref="FamilyAccessPolicy"/>. Pages of family files,
/// assessments and people need only a signed-in person: their queries apply the policy and audit every refusal.
/// </summary>
public static class Policies
{
    /// <summary>Opening a new family file.</summary>
    public const string OpenFamilyFiles = "OpenFamilyFiles";

    /// <summary>Staff accounts, roles and teams.</summary>
    public const string Administration = "Administration";

    public static AuthorizationBuilder AddFamilyCasePolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(OpenFamilyFiles, Permission(staff => FamilyAccessPolicy.MayOpenFamilyFiles(staff.Scope)))
        .AddPolicy(Administration, Permission(staff => FamilyAccessPolicy.MayAdministerStaff(staff.Role)));

    private static AuthorizationPolicy Permission(Func<SignedInStaff, bool> allowed) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => SignedInStaff.From(context.User) is { } staff && allowed(staff))
        .Build();
}
