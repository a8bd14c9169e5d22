using System.Net;
using FamilyCase.Domain.Auditing;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Authentication;

public sealed class LockoutTests(LockoutTests.App app) : IClassFixture<LockoutTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_with_a_clear_message_and_the_right_password_then_waits()
    {
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var pages = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var response = await SignInForm.SubmitAsync(client, DemoPeople.OtherCaseworker, $"wrong-{attempt}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(await response.Content.ReadAsStringAsync());
        }

        // One message for every way a sign-in fails, so the form never tells anyone which accounts exist or are locked.
        var message = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(Web.Authentication.LocalSignIn.NotSignedIn);
        Assert.All(pages, page => Assert.Contains(message, page, StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("locked for 15 minutes", page, StringComparison.Ordinal));

        using var rightPassword = await SignInForm.SubmitAsync(client, DemoPeople.OtherCaseworker, DemoPeople.Password);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains(message, await rightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = app.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.LockedOut && e.ActorName == "Priya Raman"));
    }
}
