using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Notes that a live page (a Blazor circuit) is open and when the person last did something on it, so the server can watch
/// the session of an open page and end it when idle. Pages drawn once on the server have no circuit and are not watched.
/// </summary>
public sealed class CircuitActivity(TimeProvider clock) : CircuitHandler
{
    public DateTime LastActivityUtc { get; private set; } = clock.GetUtcNow().UtcDateTime;

    public bool IsOpen { get; private set; }

    public event Action? Opened;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        IsOpen = true;
        Opened?.Invoke();
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            LastActivityUtc = clock.GetUtcNow().UtcDateTime;
            return next(context);
        };
}
