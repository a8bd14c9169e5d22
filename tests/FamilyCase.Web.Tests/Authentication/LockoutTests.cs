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

        Assert.All(pages.Take(4), page => Assert.Contains("don&#x27;t match", page, StringComparison.Ordinal));
        Assert.Contains("This account is locked for 15 minutes after too many wrong passwords", pages[4], StringComparison.Ordinal);

        using var rightPassword = await SignInForm.SubmitAsync(client, DemoPeople.OtherCaseworker, DemoPeople.Password);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("This account is locked", await rightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = app.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.LockedOut && e.ActorName == "Priya Raman"));
    }
}
