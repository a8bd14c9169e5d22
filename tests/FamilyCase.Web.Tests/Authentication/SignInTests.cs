using System.Net;
using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Authentication;

public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Theory]
    [InlineData(DemoPeople.Caseworker, "My work", "Amira Haddad", "Caseworker")]
    [InlineData(DemoPeople.Supervisor, "Team dashboard", "Dana Whitfield", "Supervisor")]
    [InlineData(DemoPeople.CourtSupport, "My court days", "Grace Mensah", "Court support")]
    [InlineData(DemoPeople.Administrator, "Home", "Sam Okoye", "Administrator")]
    public async Task Each_role_signs_in_and_sees_its_own_home_page(string userName, string heading, string displayName, string role)
    {
        using var client = await app.SignedInClientAsync(userName);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($">{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains(displayName, html, StringComparison.Ordinal);
        Assert.Contains(role, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_is_told_that_family_files_are_not_shown_to_their_role()
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Administrator);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("family files are not shown to this role", html, StringComparison.Ordinal);
        Assert.DoesNotContain("caseload-grid", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/staff")]
    public async Task An_anonymous_request_is_sent_to_sign_in(string path)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/account/login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_plain_message()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await SignInForm.SubmitAsync(client, DemoPeople.OtherCaseworker, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That user name and password don&#x27;t match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_goes_back_to_the_page_that_was_asked_for_but_never_off_the_site()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri("/account/login?ReturnUrl=%2Fadmin%2Fstaff", UriKind.Relative));
        Assert.Contains("Sign in", page, StringComparison.Ordinal);

        using var offSite = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await PostWithReturnUrlAsync(offSite, "//evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_in_and_out_are_audited()
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Supervisor);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) });

        using var signOut = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);

        Assert.Equal("/account/login?signedout=1", signOut.Headers.Location!.OriginalString);
        await using var db = app.CreateDb();
        var actions = await db.AuditEvents.Where(e => e.ActorName == "Dana Whitfield").Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditAction.SignIn, actions);
        Assert.Contains(AuditAction.SignOut, actions);
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostWithReturnUrlAsync(HttpClient client, string returnUrl)
    {
        var path = $"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = DemoPeople.Caseworker,
            ["Input.Password"] = DemoPeople.Password,
        });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
