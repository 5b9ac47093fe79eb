using System.Net;
using System.Net.Sockets;
using LamTrack.Web.Hosting;

namespace LamTrack.Web.Tests.Support;

/// <summary>One server instance started through <see cref="LamTrackWebServer.ServeAsync"/> (as <c>lamtrack serve</c>
/// does) on a free loopback port, over a given database.</summary>
internal sealed class KestrelInstance : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _running;

    private KestrelInstance(Uri address, string connection)
    {
        Address = address;
        _running = LamTrackWebServer.ServeAsync(address.ToString().TrimEnd('/'), connection, TextWriter.Null, _stop.Token);
    }

    /// <summary>The address the instance listens on.</summary>
    public Uri Address { get; }

    /// <summary>Starts an instance and waits until <c>/health</c> answers.</summary>
    public static async Task<KestrelInstance> StartAsync(string connection)
    {
        var instance = new KestrelInstance(new Uri($"http://127.0.0.1:{FreePort()}/"), connection);
        using HttpClient client = instance.Client();
        for (int attempt = 0; attempt < 240; attempt++)
        {
            if (instance._running.IsCompleted)
            {
                await instance._running;
            }

            try
            {
                using HttpResponseMessage health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return instance;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"the instance at {instance.Address} did not answer /health");
    }

    /// <summary>A client of this instance over the loopback network that keeps no cookies and follows no redirects.</summary>
    public HttpClient Client() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
