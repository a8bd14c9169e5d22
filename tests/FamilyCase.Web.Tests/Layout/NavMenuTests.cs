using Bunit;
using FamilyCase.Domain.Staff;
using FamilyCase.Web.Components.Layout;

namespace FamilyCase.Web.Tests.Layout;

public sealed class NavMenuTests : MudTestContext
{
    [Theory]
    [InlineData(RoleNames.Caseworker, new[] { "My caseload" })]
    [InlineData(RoleNames.Supervisor, new[] { "Team caseload" })]
    [InlineData(RoleNames.CourtSupport, new[] { "Court support families" })]
    [InlineData(RoleNames.Administrator, new[] { "Home", "Staff and roles" })]
    public void Each_role_sees_only_its_own_links(string role, string[] expected)
    {
        AddAuthorization().SetAuthorized("someone").SetRoles(role);

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(expected, links);
    }

    [Fact]
    public void Only_administrators_are_offered_the_staff_page()
    {
        AddAuthorization().SetAuthorized("someone").SetRoles(RoleNames.Supervisor);

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("a[href='/admin/staff']"));
    }

    [Fact]
    public void The_navigation_is_a_labelled_landmark()
    {
        AddAuthorization().SetAuthorized("someone").SetRoles(RoleNames.Caseworker);

        var menu = Render<NavMenu>();

        Assert.Equal("Main", menu.Find("nav").GetAttribute("aria-label"));
    }
}
