using System.Net;
using FamilyCase.Testing;
using FamilyCase.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Hosting;

public class ScaleOutTests
{
    [Fact]
    public async Task A_sign_in_cookie_from_one_instance_is_accepted_by_another_sharing_the_database()
    {
        using var first = new FamilyCaseAppFactory();
        using var firstClient = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var authCookie = await SignInForm.SignInCookieAsync(firstClient, DemoPeople.Caseworker, DemoPeople.Password);
        await using (var db = first.CreateDb())
        {
            Assert.True(await db.DataProtectionKeys.AnyAsync());
        }

        using var second = new FamilyCaseAppFactory(new Dictionary<string, string?>(), first.DatabasePath);
        using var secondClient = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", authCookie);

        using var response = await secondClient.SendAsync(request);

        Assert.NotSame(first.Services, second.Services);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("My caseload", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_SignalR_is_used_only_when_its_connection_string_is_set()
    {
        static bool UsesAzureSignalR(params string[] args)
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddFamilyCase();
            return builder.Services.Any(s => s.ServiceType.Namespace?.StartsWith("Microsoft.Azure.SignalR", StringComparison.Ordinal) == true);
        }

        Assert.False(UsesAzureSignalR());
        Assert.True(UsesAzureSignalR("--Azure:SignalR:ConnectionString=Endpoint=https://familycase.service.signalr.net;AccessKey=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg=;Version=1.0;"));
    }
}
