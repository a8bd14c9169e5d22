using Bunit;
using FamilyCase.Domain.Staff;
using System.Security.Claims;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Layout;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Layout;

public sealed class NavMenuTests : MudTestContext
{
    public NavMenuTests() => Services.AddSingleton(AuthenticationSettings.From(new ConfigurationBuilder().Build()));

    [Theory]
    [InlineData(RoleNames.Caseworker, new[] { "My work", "Open a family file", "Court calendar", "Service directory", "Change my password" })]
    [InlineData(RoleNames.Supervisor, new[] { "Team dashboard", "Open a family file", "Court calendar", "Service directory", "Referral report", "Change my password" })]
    [InlineData(RoleNames.CourtSupport, new[] { "My court days", "Court calendar", "Service directory", "Change my password" })]
    [InlineData(RoleNames.Administrator, new[] { "Home", "Service directory", "Referral report", "Staff and roles", "Change my password" })]
    public void Each_role_sees_only_its_own_links(string role, string[] expected)
    {
        SignIn(role);

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a").Select(a => a.TextContent.Trim()).ToArray();
        Assert.Equal(expected, links);
    }

    [Fact]
    public void Only_administrators_are_offered_the_staff_page()
    {
        SignIn(RoleNames.Supervisor);

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("a[href='/admin/staff']"));
    }

    [Fact]
    public void The_navigation_is_a_labelled_landmark()
    {
        SignIn(RoleNames.Caseworker);

        var menu = Render<NavMenu>();

        Assert.Equal("Main", menu.Find("nav").GetAttribute("aria-label"));
    }

    private void SignIn(string role) => AddAuthorization().SetAuthorized("someone").SetRoles(role).SetClaims(
        new Claim(StaffClaims.StaffId, "7"),
        new Claim(StaffClaims.TeamId, "1"));
}
