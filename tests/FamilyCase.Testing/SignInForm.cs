using System.Net;
using System.Text.RegularExpressions;

namespace FamilyCase.Testing;

/// <summary>Signs in through the real sign-in form over HTTP, as a browser without JavaScript would.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    /// <summary>A client holding the sign-in cookie of <paramref name="userName"/>; redirects are not followed so tests see them.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this FamilyCaseAppFactory factory, string userName, string password = DemoPeople.Password)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await SubmitAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    /// <summary>Signs in without a cookie jar and returns the sign-in cookie as a <c>Cookie</c> header value, to hand to another instance.</summary>
    public static async Task<string> SignInCookieAsync(HttpClient clientWithoutCookies, string userName, string password)
    {
        using var page = await clientWithoutCookies.GetAsync(new Uri("/account/login", UriKind.Relative));
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "sign-in",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        using var response = await clientWithoutCookies.SendAsync(request);
        return response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("FamilyCase.Auth=", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
