using Bunit;
using MudBlazor.Services;

namespace FamilyCase.Web.Tests;

/// <summary>A bUnit context with MudBlazor's services, disposed asynchronously as MudBlazor requires.</summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    protected MudTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
