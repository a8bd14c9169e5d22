using System.Net;
using System.Text.Json;
using FamilyCase.Testing;

namespace FamilyCase.Web.Tests.Hosting;

public sealed class OperationsTests(OperationsTests.App app) : IClassFixture<OperationsTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Health_reports_the_database_without_sign_in()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("database", body.RootElement.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_unknown_address_shows_a_plain_not_found_page()
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Caseworker);

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn&#x27;t find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrators_only_see_the_staff_page()
    {
        using var admin = await app.SignedInClientAsync(DemoPeople.Administrator);
        using var caseworker = await app.SignedInClientAsync(DemoPeople.Caseworker);

        var adminPage = await admin.GetStringAsync(new Uri("/admin/staff", UriKind.Relative));
        using var refused = await caseworker.GetAsync(new Uri("/admin/staff", UriKind.Relative));
        var caseworkerPage = await caseworker.GetStringAsync(refused.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Jordan Blackbird", adminPage, StringComparison.Ordinal);
        Assert.Contains("You do not have access to this page", caseworkerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan Blackbird", caseworkerPage, StringComparison.Ordinal);
    }
}
