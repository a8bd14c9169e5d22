using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyCase.Web.Authentication;

/// <summary>
/// Limits sign-in attempts from one network address (<see cref="AuthenticationSettings.SignInAttemptsPerMinute"/>), on top of
/// each account's own lockout, so nobody can try password after password across many accounts. Only posted forms count.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, AuthenticationSettings settings) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    Network(context.Connection.RemoteIpAddress),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reading"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TooManyAttemptsPage, cancellationToken);
            };
        });

    /// <summary>
    /// The address attempts are counted by: an IPv4 address, or the /64 network of an IPv6 address, because one household
    /// or one attacker is given a whole /64 and could otherwise take a fresh address for every few tries.
    /// </summary>
    public static string Network(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private const string TooManyAttemptsPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Please wait · FamilyCase</title><link rel="stylesheet" href="/css/app.css"></head>
        <body><main class="fc-account"><div class="fc-account__panel">
        <h1>Please wait a minute</h1>
        <p id="sign-in-too-many">There have been too many sign-in attempts from this network in the last minute. To keep families' information safe, please wait a minute and then <a href="/account/login">try again</a>.</p>
        </div></main></body></html>
        """;
}
