using System.Net;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Caseload;

/// <summary>The caseload's search and filters live in the address: whatever arrives there, the page answers with the list and a plain word, never an error.</summary>
public sealed class CaseloadAddressTests(CaseloadAddressTests.App app) : IClassFixture<CaseloadAddressTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Theory]
    [InlineData("status=Nope", "The status in the address was not understood")]
    [InlineData("status=7", "The status in the address was not understood")]
    [InlineData("sort=%3Cscript%3E", "The order in the address was not understood")]
    [InlineData("page=-3", "The page in the address was not understood")]
    [InlineData("page=99999999999", "The page in the address was not understood")]
    [InlineData("size=100000", "The number of rows in the address was not understood")]
    [InlineData("team=abc", "The team in the address was not understood")]
    public async Task An_address_it_cannot_use_shows_the_list_with_a_plain_message(string query, string message)
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);

        foreach (var path in new[] { "/", "/caseload/results" })
        {
            using var response = await client.GetAsync(new Uri($"{path}?{query}", UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("id=\"caseload-grid\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("oversized")]
    [InlineData("odd unicode")]
    [InlineData("markup")]
    public async Task Any_search_is_answered_and_a_long_one_is_cut_with_a_word(string kind)
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);
        var search = kind switch
        {
            "oversized" => new string('a', 5000),
            "odd unicode" => "Zoë \u200B\u202E🙂 \uFFFD O'Neil-Tremblay",
            _ => "<img src=x onerror=alert(1)> %_ \\",
        };

        using var response = await client.GetAsync(new Uri($"/caseload/results?q={Uri.EscapeDataString(search)}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(kind == "oversized" ? "only the first 100 were used" : "No families match that search or these filters.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_alone_answer_a_filter_with_exactly_the_families_that_match()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        int expected;
        await using (var db = app.CreateDb())
        {
            expected = await db.Families.CountAsync(f => f.TeamId == dana.TeamId && f.SafetyConcern);
        }

        using var client = await app.SignedInClientAsync(DemoPeople.Supervisor);
        var html = await client.GetStringAsync(new Uri("/caseload/results?safety=1&size=100", UriKind.Relative));

        Assert.True(expected > 0);
        Assert.Equal(expected, html.Split("class=\"fc-family-link\"").Length - 1);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_results_are_for_people_who_see_families_and_only_when_signed_in()
    {
        using var administrator = await app.SignedInClientAsync(DemoPeople.Administrator);
        using var stranger = app.CreateClient(new() { AllowAutoRedirect = false });

        using var forAdministrator = await administrator.GetAsync(new Uri("/caseload/results", UriKind.Relative));
        using var forStranger = await stranger.GetAsync(new Uri("/caseload/results", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, forAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, forStranger.StatusCode);
        Assert.Contains("/account/login", forStranger.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
