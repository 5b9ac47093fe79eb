using LamTrack.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LamTrack.Web.Tests.Support;

/// <summary>One server instance listening on a loopback port, over a given database.</summary>
internal sealed class KestrelInstance : WebApplicationFactory<Program>
{
    private readonly string _connection;

    public KestrelInstance(string connection)
    {
        _connection = connection;
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(StoreConnection.ConfigurationKey, _connection);
        builder.UseEnvironment("Testing");
    }

    /// <summary>The address the instance listens on.</summary>
    public Uri Address
    {
        get
        {
            string address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>A client of this instance over the loopback network that keeps no cookies and follows no redirects.</summary>
    public HttpClient Client() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
}
