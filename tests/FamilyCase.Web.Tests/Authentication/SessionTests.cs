using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using FamilyCase.Domain.Staff;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Administration;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Authentication;

/// <summary>Sessions end on the server: sign-out everywhere, deactivation, a new role or team, a new password, the lifetime, idle time.</summary>
public sealed partial class SessionTests(SessionTests.App app) : IClassFixture<SessionTests.App>
{
    /// <summary>Sessions are checked against the database on every request here, as they would be once the interval has passed.</summary>
    public sealed class App() : FamilyCaseAppFactory(new Dictionary<string, string?> { [AuthenticationSettings.RevalidationIntervalKey] = "00:00:00" });

    [Fact]
    public async Task Signing_out_in_one_browser_ends_the_session_in_every_other()
    {
        using var laptop = await app.SignedInClientAsync(DemoPeople.Caseworker);
        using var office = await app.SignedInClientAsync(DemoPeople.Caseworker);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        using var signOut = await laptop.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.True(signOut.Headers.Location?.OriginalString == "/account/login?signedout=1", $"{signOut.StatusCode} {signOut.Headers.Location} {await signOut.Content.ReadAsStringAsync()}");
        var page = await office.GetStringAsync(await AssertEndedAsync(office, SessionEnd.SignedOutElsewhere));
        Assert.Contains("you signed out in another window or on another device", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivating_a_person_ends_their_sessions_and_they_cannot_sign_in_again()
    {
        using var jordan = await app.SignedInClientAsync("jordan");
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var jordanStaff = await app.StaffAsync("jordan");

        var saved = await app.RunAsync<StaffCommands, SaveOutcome>(c => c.SaveAsync(sam, jordanStaff.StaffId, new StaffForm { Role = StaffRole.Caseworker, TeamId = jordanStaff.TeamId, IsActive = false }, CancellationToken.None));

        Assert.True(saved.Saved, saved.Problem);
        await AssertEndedAsync(jordan, SessionEnd.Deactivated);
        using var again = app.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await SignInForm.SubmitAsync(again, "jordan", DemoPeople.Password);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(LocalSignIn.NotSignedIn), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.RunAsync<StaffCommands, SaveOutcome>(c => c.SaveAsync(sam, jordanStaff.StaffId, new StaffForm { Role = StaffRole.Caseworker, TeamId = jordanStaff.TeamId, IsActive = true }, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_role_or_team_in_the_database_ends_the_session_even_when_nothing_signalled_it()
    {
        using var luc = await app.SignedInClientAsync("luc");
        var lucStaff = await app.StaffAsync("luc");
        await using (var db = app.CreateDb())
        {
            // Changed behind FamilyCase's back, as an Entra ID sync or a DBA might: only the re-read can notice.
            await db.Staff.Where(s => s.Id == lucStaff.StaffId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Role, StaffRole.CourtSupport));
        }

        await AssertEndedAsync(luc, SessionEnd.AccountChanged);
        await using var restore = app.CreateDb();
        await restore.Staff.Where(s => s.Id == lucStaff.StaffId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Role, StaffRole.Caseworker));
    }

    [Fact]
    public async Task Changing_my_password_ends_my_other_sessions_and_keeps_this_one()
    {
        using var here = await app.SignedInClientAsync(DemoPeople.OtherCaseworker);
        var priya = await app.StaffAsync(DemoPeople.OtherCaseworker);
        var (hereSession, oldStamp) = await LatestSessionAndStampAsync(priya.StaffId);
        using var elsewhere = await app.SignedInClientAsync(DemoPeople.OtherCaseworker);
        const string NewPassword = "A-new-Password-2026!";

        var page = await here.GetStringAsync(new Uri("/account/password", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["Input.Current"] = DemoPeople.Password,
            ["Input.New"] = NewPassword,
            ["Input.Confirm"] = NewPassword,
        });
        using var changed = await here.PostAsync(new Uri("/account/password", UriKind.Relative), form);

        Assert.Contains("Your password is changed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another tab of this browser, opened before the change, checks in with the old cookie's session and stamp.
        var oldTab = await app.Services.GetRequiredService<StaffSessions>().CheckAsync(priya with { SessionId = hereSession }, oldStamp, CancellationToken.None);
        Assert.Equal(SessionEnd.SecurityChanged, oldTab);
        using var stillHere = await here.GetAsync(new Uri("/", UriKind.Relative));
        Assert.True(stillHere.StatusCode == HttpStatusCode.OK, $"{stillHere.StatusCode} {stillHere.Headers.Location}");
        await AssertEndedAsync(elsewhere, SessionEnd.SecurityChanged);
        using var withNewPassword = await app.SignedInClientAsync(DemoPeople.OtherCaseworker, NewPassword);
    }

    private async Task<(Guid Session, string? Stamp)> LatestSessionAndStampAsync(int staffId)
    {
        await using var db = app.CreateDb();
        var session = await db.StaffSessions.Where(s => s.StaffMemberId == staffId && s.EndedAtUtc == null).OrderByDescending(s => s.StartedAtUtc).Select(s => s.Id).FirstAsync();
        var stamp = await db.Users.Where(u => u.StaffMemberId == staffId).Select(u => u.SecurityStamp).SingleAsync();
        return (session, stamp);
    }

    [Fact]
    public async Task Guessing_the_current_password_on_the_change_page_locks_the_account_and_signs_out()
    {
        using var client = await app.SignedInClientAsync("marc");
        string? message = null;
        for (var attempt = 1; attempt <= AuthenticationRegistration.MaxFailedSignIns; attempt++)
        {
            var page = await client.GetStringAsync(new Uri("/account/password", UriKind.Relative));
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "change-password",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
                ["Input.Current"] = $"Guess-number-{attempt}!",
                ["Input.New"] = "A-new-Password-2026!",
                ["Input.Confirm"] = "A-new-Password-2026!",
            });
            using var answer = await client.PostAsync(new Uri("/account/password", UriKind.Relative), form);
            message = WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
        }

        Assert.Contains("the account is locked for a while and you are signed out", message, StringComparison.Ordinal);
        await AssertEndedAsync(client, SessionEnd.SecurityChanged);
        using var again = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var refused = await SignInForm.SubmitAsync(again, "marc", DemoPeople.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        await using var db = app.CreateDb();
        await db.Users.Where(u => u.UserName == "marc").ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, (DateTimeOffset?)null).SetProperty(x => x.AccessFailedCount, 0));
    }

    [Theory]
    [InlineData(SessionEnd.Expired)]
    [InlineData(SessionEnd.Idle)]
    public async Task The_server_ends_a_session_after_its_lifetime_or_when_idle_whatever_the_browser_does(SessionEnd reason)
    {
        using var client = await app.SignedInClientAsync(DemoPeople.Supervisor);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        await using (var db = app.CreateDb())
        {
            var sessions = db.StaffSessions.Where(s => s.StaffMemberId == dana.StaffId && s.EndedAtUtc == null);
            await (reason == SessionEnd.Expired
                ? sessions.ExecuteUpdateAsync(s => s.SetProperty(x => x.StartedAtUtc, DateTime.UtcNow.AddHours(-12).AddMinutes(-1)))
                : sessions.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, DateTime.UtcNow - IdleTimeout - Grace - TimeSpan.FromMinutes(1))));
        }

        await AssertEndedAsync(client, reason);
    }

    [Fact]
    public async Task Activity_that_reached_the_server_late_does_not_end_a_session_before_the_browser_would()
    {
        using var client = await app.SignedInClientAsync(DemoPeople.CourtSupport);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        await using (var db = app.CreateDb())
        {
            // The browser reports activity once a minute and the server records it once a minute: two minutes late at most.
            await db.StaffSessions.Where(s => s.StaffMemberId == grace.StaffId && s.EndedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAtUtc, DateTime.UtcNow - IdleTimeout - TimeSpan.FromMinutes(2)));
        }

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private TimeSpan IdleTimeout => app.Services.GetRequiredService<AuthenticationSettings>().IdleTimeout;

    private TimeSpan Grace => app.Services.GetRequiredService<StaffSessions>().Grace;

    [Fact]
    public async Task An_open_page_loses_its_sign_in_as_soon_as_the_person_is_deactivated()
    {
        var jordan = await app.StaffAsync("jordan");
        var sam = await app.StaffAsync(DemoPeople.Administrator);
        var session = await app.Services.GetRequiredService<StaffSessions>().StartAsync(jordan.StaffId, CancellationToken.None);
        using var circuit = app.Services.CreateScope();
        var provider = (StaffAuthenticationStateProvider)circuit.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        var signedOut = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(Principal(jordan, session))));
        await circuit.ServiceProvider.GetRequiredService<CircuitActivity>().OnCircuitOpenedAsync(null!, CancellationToken.None);
        provider.AuthenticationStateChanged += async state =>
        {
            if ((await state).User.Identity?.IsAuthenticated != true)
            {
                signedOut.TrySetResult(await state);
            }
        };

        await app.RunAsync<StaffCommands, SaveOutcome>(c => c.SaveAsync(sam, jordan.StaffId, new StaffForm { Role = StaffRole.Caseworker, TeamId = jordan.TeamId, IsActive = false }, CancellationToken.None));

        await signedOut.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(SessionEnd.Deactivated, provider.EndReason);
        await app.RunAsync<StaffCommands, SaveOutcome>(c => c.SaveAsync(sam, jordan.StaffId, new StaffForm { Role = StaffRole.Caseworker, TeamId = jordan.TeamId, IsActive = true }, CancellationToken.None));
    }

    private static ClaimsPrincipal Principal(SignedInStaff staff, StartedSession session) => new(new ClaimsIdentity(
        [
            new Claim(StaffClaims.StaffId, staff.StaffId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(StaffClaims.DisplayName, staff.DisplayName),
            new Claim(ClaimTypes.Role, staff.Role.ToString()),
            new Claim(StaffClaims.TeamId, staff.TeamId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            .. StaffClaimsBuilder.Session(session),
        ], "Test"));

    /// <summary>The next request is sent to the sign-in page, which is told why; returns where it was sent.</summary>
    private static async Task<Uri> AssertEndedAsync(HttpClient client, SessionEnd reason)
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"ended={reason}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return response.Headers.Location;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
