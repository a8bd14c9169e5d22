using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FamilyCase.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Cuts the page's live connection to the server, as a train going into a tunnel would: the WebSocket closes and new ones
/// are refused until the connection is restored. Everything else (pages, sign-in) is untouched.
/// </summary>
public sealed partial class ConnectionDrop
{
    private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _open = [];
    private volatile bool _down;

    public static async Task<ConnectionDrop> InstallAsync(IPage page)
    {
        var drop = new ConnectionDrop();
        await page.RouteWebSocketAsync(BlazorHub(), drop.Handle);
        await page.RouteAsync(BlazorHub(), async route =>
        {
            if (drop._down)
            {
                await route.AbortAsync("internetdisconnected");
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        return drop;
    }

    public async Task CutAsync()
    {
        _down = true;
        foreach (var (page, server) in _open)
        {
            await server.CloseAsync();
            await page.CloseAsync();
        }

        _open.Clear();
    }

    public void Restore() => _down = false;

    private void Handle(IWebSocketRoute socket)
    {
        if (_down)
        {
            _ = socket.CloseAsync();
            return;
        }

        _open.Add((socket, socket.ConnectToServer()));
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}
