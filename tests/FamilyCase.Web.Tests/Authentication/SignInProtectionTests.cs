using System.Net;
using System.Text.RegularExpressions;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;

namespace FamilyCase.Web.Tests.Authentication;

public sealed partial class SignInProtectionTests
{
    [Theory]
    [InlineData("/families/3", "/families/3")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void The_return_address_after_sign_in_stays_on_this_site(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(returnUrl));

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd:12::/64")]
    [InlineData("2001:db8:abcd:12:ffff:ffff:ffff:ffff", "2001:db8:abcd:12::/64")]
    public void Attempts_are_counted_per_address_and_per_ipv6_network(string address, string countedAs) =>
        Assert.Equal(countedAs, SignInRateLimit.Network(System.Net.IPAddress.Parse(address)));

    [Fact]
    public async Task Repeated_sign_in_attempts_from_one_address_are_slowed_down_with_a_plain_page()
    {
        await using var app = new FamilyCaseAppFactory(new Dictionary<string, string?> { [AuthenticationSettings.SignInAttemptsKey] = "3" });
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await SignInForm.SubmitAsync(client, "nobody", "not-a-password");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("too many sign-in attempts from this network", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_page_left_open_in_another_tab_gives_a_plain_message_and_a_fresh_form()
    {
        await using var app = new FamilyCaseAppFactory();
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var secondTab = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using (var firstTab = await SignInForm.SubmitAsync(browser, DemoPeople.Caseworker, DemoPeople.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, firstTab.StatusCode);
        }

        using var stale = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(secondTab).Groups[1].Value),
            ["Input.UserName"] = DemoPeople.Caseworker,
            ["Input.Password"] = DemoPeople.Password,
        });
        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), stale);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This sign-in page had expired because you signed in or out in another tab", page, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", page, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(Token(), page);
    }

    [Fact]
    public async Task Outside_development_every_cookie_is_secure()
    {
        const string Password = "A-private-Demo-2026!";
        await using var app = new FamilyCaseAppFactory(new Dictionary<string, string?> { ["Demo:Password"] = Password }) { Environment = "Production" };
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var login = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        using var signIn = await SignInForm.SubmitAsync(client, DemoPeople.Caseworker, Password);

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("FamilyCase.Auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
