using System.Data.Common;
using System.Security.Claims;
using FamilyCase.Domain.Staff;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// The sign-in state of an open page (a Blazor circuit), checked against the server's session every
/// <see cref="AuthenticationSettings.RevalidationInterval"/> and at once when the person's sessions end on this server.
/// When the session has ended the page loses its sign-in, and <c>SessionEndedRedirect</c> takes the person to the sign-in page.
/// </summary>
public sealed class StaffAuthenticationStateProvider : ServerAuthenticationStateProvider, IDisposable
{
    private static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(1);
    private readonly StaffSessions _sessions;
    private readonly SessionSignals _signals;
    private readonly CircuitActivity _activity;
    private readonly TimeSpan _interval;
    private readonly string _stampClaimType;
    private readonly ILogger<StaffAuthenticationStateProvider> _logger;
    private TaskCompletionSource _wake = NewWake();
    private CancellationTokenSource? _loop;
    private SignedInStaff? _staff;
    private string? _stamp;

    public StaffAuthenticationStateProvider(
        StaffSessions sessions, SessionSignals signals, CircuitActivity activity, AuthenticationSettings settings,
        IOptions<IdentityOptions> identity, ILogger<StaffAuthenticationStateProvider> logger)
    {
        _sessions = sessions;
        _signals = signals;
        _activity = activity;
        _logger = logger;
        _interval = settings.RevalidationInterval > ShortestInterval ? settings.RevalidationInterval : ShortestInterval;
        _stampClaimType = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        AuthenticationStateChanged += OnChanged;
        _signals.Ended += OnSessionsEnded;
        _activity.Opened += OnCircuitOpened;
    }

    /// <summary>Why this page's session ended, once it has.</summary>
    public SessionEnd? EndReason { get; private set; }

    private void OnChanged(Task<AuthenticationState> state) => _ = WatchAsync(state);

    private void OnCircuitOpened() => _ = WatchAsync(GetAuthenticationStateAsync());

    // Only a live page is watched: a page drawn once on the server is over before a check could matter.
    private async Task WatchAsync(Task<AuthenticationState> state)
    {
        var user = (await state).User;
        _loop?.Cancel();
        _staff = SignedInStaff.From(user);
        _stamp = user.FindFirstValue(_stampClaimType);
        if (_staff?.SessionId is null || !_activity.IsOpen)
        {
            return;
        }

        _loop = new CancellationTokenSource();
        _ = LoopAsync(_staff, _loop.Token);
    }

    private async Task LoopAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var wake = _wake.Task;
                await Task.WhenAny(Task.Delay(_interval, cancellationToken), wake);
                cancellationToken.ThrowIfCancellationRequested();
                if (wake.IsCompleted)
                {
                    _wake = NewWake();
                }

                if (await CheckAsync(staff, cancellationToken) is { } reason)
                {
                    EndReason = reason;
                    SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the person signed in again; the new state has its own loop.
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // Anything else would leave a page signed in and never checked again: end it, and say so in the log.
            _logger.LogError(problem, "Could not check the session of staff member {StaffId}; the page is signed out", staff.StaffId);
            EndReason = SessionEnd.SecurityChanged;
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }

    // A database that does not answer for a moment is not a reason to sign someone out and lose what they typed: the check
    // is logged and tried again at the next interval. Every save checks the person against the database itself anyway.
    private async Task<SessionEnd?> CheckAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        try
        {
            await _sessions.TouchAsync(staff.SessionId!.Value, _activity.LastActivityUtc, cancellationToken);
            return await _sessions.CheckAsync(staff, _stamp, cancellationToken);
        }
        catch (Exception problem) when (problem is DbException or DbUpdateException or TimeoutException)
        {
            _logger.LogWarning(problem, "Could not check the session of staff member {StaffId}; trying again at the next interval", staff.StaffId);
            return null;
        }
    }

    private void OnSessionsEnded(int staffId)
    {
        if (_staff?.StaffId == staffId)
        {
            _wake.TrySetResult();
        }
    }

    public void Dispose()
    {
        _signals.Ended -= OnSessionsEnded;
        _activity.Opened -= OnCircuitOpened;
        AuthenticationStateChanged -= OnChanged;
        _loop?.Cancel();
        _loop?.Dispose();
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
