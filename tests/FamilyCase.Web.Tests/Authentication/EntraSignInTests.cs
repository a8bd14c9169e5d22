using System.Security.Claims;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Staff;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Authentication;

public sealed class EntraSignInTests(EntraSignInTests.App app) : IClassFixture<EntraSignInTests.App>
{
    public sealed class App() : FamilyCaseAppFactory(new Dictionary<string, string?>
    {
        ["Authentication:Mode"] = "EntraId",
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "00000000-0000-0000-0000-00000000aaaa",
        ["AzureAd:ClientId"] = "00000000-0000-0000-0000-00000000bbbb",
        ["Authentication:EntraId:RoleMap:FamilyCase.Worker"] = "Caseworker",
    });

    [Theory]
    [InlineData(new[] { "Caseworker" }, StaffRole.Caseworker)]
    [InlineData(new[] { "CourtSupport", "Supervisor" }, StaffRole.Supervisor)]
    [InlineData(new[] { "Administrator", "Caseworker" }, StaffRole.Caseworker)]
    [InlineData(new[] { "Administrator", "CourtSupport" }, StaffRole.CourtSupport)]
    [InlineData(new[] { "Finance.Reader" }, null)]
    [InlineData(new string[0], null)]
    public void Token_roles_map_to_the_one_role_with_the_widest_case_responsibility(string[] tokenRoles, StaffRole? expected)
    {
        var map = RoleNames.All.ToDictionary(name => name, Enum.Parse<StaffRole>);

        Assert.Equal(expected, EntraRoleMapper.Map(tokenRoles, map));
    }

    [Fact]
    public async Task The_sign_in_page_offers_Microsoft_sign_in_and_no_password_form()
    {
        using var client = app.CreateClient();

        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));

        Assert.Contains("Sign in with Microsoft", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"password\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_sign_in_creates_a_staff_record_with_the_mapped_role_and_our_claims()
    {
        var identity = EntraIdentity("oid-new-worker", "Robin Example", "robin@agency.example", "FamilyCase.Worker");

        Assert.True(await LinkAsync(identity));

        await using var db = app.CreateDb();
        var staff = await db.Staff.SingleAsync(s => s.ExternalObjectId == "oid-new-worker");
        Assert.Equal(StaffRole.Caseworker, staff.Role);
        var signedIn = SignedInStaff.From(new ClaimsPrincipal(identity));
        Assert.Equal(staff.Id, signedIn!.StaffId);
        Assert.Equal(StaffRole.Caseworker, signedIn.Role);
        Assert.DoesNotContain(identity.Claims, c => c.Type == EntraStaffLinker.RolesClaim && c.Value == "FamilyCase.Worker");
    }

    [Fact]
    public async Task A_directory_name_longer_than_ours_signs_in_with_the_name_shortened()
    {
        var longName = "Robin " + new string('e', 400) + " Example";
        var identity = EntraIdentity("oid-long-name", longName, "long.name@agency.example", "FamilyCase.Worker");

        Assert.True(await LinkAsync(identity));

        await using var db = app.CreateDb();
        var staff = await db.Staff.SingleAsync(s => s.ExternalObjectId == "oid-long-name");
        Assert.Equal(longName[..120], staff.DisplayName);
    }

    [Fact]
    public async Task An_existing_staff_record_is_linked_by_email_and_keeps_its_team()
    {
        await using var db = app.CreateDb();
        var dana = await db.Staff.AsNoTracking().SingleAsync(s => s.Email.StartsWith("dana"));
        var identity = EntraIdentity("oid-dana", dana.DisplayName, dana.Email, "Supervisor");

        Assert.True(await LinkAsync(identity));

        var linked = await db.Staff.AsNoTracking().SingleAsync(s => s.Id == dana.Id);
        Assert.Equal("oid-dana", linked.ExternalObjectId);
        Assert.Equal(dana.TeamId, SignedInStaff.From(new ClaimsPrincipal(identity))!.TeamId);
    }

    [Fact]
    public async Task A_token_without_a_FamilyCase_role_is_refused_and_audited()
    {
        var identity = EntraIdentity("oid-finance", "Finance Person", "finance@agency.example", "Finance.Reader");

        Assert.False(await LinkAsync(identity));

        await using var db = app.CreateDb();
        Assert.False(await db.Staff.AnyAsync(s => s.ExternalObjectId == "oid-finance"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.SignInFailed && e.ActorName == "Finance Person"));
    }

    private async Task<bool> LinkAsync(ClaimsIdentity identity)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EntraStaffLinker>().LinkAsync(identity);
    }

    private static ClaimsIdentity EntraIdentity(string objectId, string name, string email, string role) => new(
        [
            new Claim(EntraStaffLinker.ObjectIdClaim, objectId),
            new Claim("name", name),
            new Claim("preferred_username", email),
            new Claim(EntraStaffLinker.RolesClaim, role),
        ],
        authenticationType: "AuthenticationTypes.Federation",
        nameType: "name",
        roleType: EntraStaffLinker.RolesClaim);
}
