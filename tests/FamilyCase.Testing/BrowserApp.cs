using System.Net;

namespace FamilyCase.Testing;

/// <summary>The real app on a loopback socket, so a real browser can reach it.</summary>
public sealed class BrowserApp : FamilyCaseAppFactory
{
    public BrowserApp(IDictionary<string, string?>? settings = null) : base(settings ?? new Dictionary<string, string?>())
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public string Url(string path) => new Uri(BaseAddress, path).ToString();
}
