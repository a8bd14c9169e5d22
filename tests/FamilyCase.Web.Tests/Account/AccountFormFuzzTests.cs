using System.Net;
using System.Text.RegularExpressions;
using FamilyCase.Testing;

namespace FamilyCase.Web.Tests.Account;

/// <summary>The two forms drawn on the server only (they set cookies), posted with the same awkward input as every other form.</summary>
public sealed partial class AccountFormFuzzTests(AccountFormFuzzTests.App app) : IClassFixture<AccountFormFuzzTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    public static TheoryData<string> Payloads() => [new string('x', 10_000), "", "Zoë Nguyễn 👩‍👧‍👦 \u202Eright-to-left\u202C 𝕏", "<script>alert('x')</script><b>bold</b>"];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Signing_in_with_any_input_gives_a_page_with_a_plain_message(string payload)
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await SignInForm.SubmitAsync(client, payload, payload);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.Contains("id=\"sign-in-error\"", StringComparison.Ordinal) || page.Contains("Please enter your user name", StringComparison.Ordinal), page[..Math.Min(400, page.Length)]);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Changing_a_password_with_any_input_gives_a_plain_message_and_changes_nothing(string payload)
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Supervisor);
        var form = await client.GetStringAsync(new Uri("/account/password", UriKind.Relative));

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value),
            ["Input.Current"] = payload,
            ["Input.New"] = payload,
            ["Input.Confirm"] = payload,
        });
        using var response = await client.PostAsync(new Uri("/account/password", UriKind.Relative), content);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page.Contains("id=\"password-error\"", StringComparison.Ordinal) || page.Contains("Please enter", StringComparison.Ordinal), page[..Math.Min(400, page.Length)]);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        using var stillTheOldPassword = await app.SignedInClientAsync(DemoPeople.Supervisor);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
