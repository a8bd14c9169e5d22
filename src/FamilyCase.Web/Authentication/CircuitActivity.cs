using Microsoft.AspNetCore.Components.Server.Circuits;

namespace FamilyCase.Web.Authentication;

/// <summary>Notes when the person last did something on an open page, so the server can end an idle session itself.</summary>
public sealed class CircuitActivity(TimeProvider clock) : CircuitHandler
{
    public DateTime LastActivityUtc { get; private set; } = clock.GetUtcNow().UtcDateTime;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            LastActivityUtc = clock.GetUtcNow().UtcDateTime;
            return next(context);
        };
}
