using System.Diagnostics;
using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>`lamtrack serve` as a child process: started with a clinician account, waited for, measured, stopped.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process) => _process = process;

    public static async Task<ServerProcess> StartAsync(LoadSettings settings)
    {
        await AddUserAsync(settings);
        var start = new ProcessStartInfo(settings.LamTrack) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "serve", "--db", settings.Database, "--urls", settings.BaseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("lamtrack serve did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process);
        await server.WaitHealthyAsync(settings.BaseAddress);
        return server;
    }

    /// <summary>The server's resident memory now (VmRSS), in MiB.</summary>
    public double ResidentMegabytes() => Status("VmRSS:");

    /// <summary>The server's peak resident memory so far (VmHWM), in MiB.</summary>
    public double PeakMegabytes() => Status("VmHWM:");

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private double Status(string field)
    {
        string? line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    private static async Task AddUserAsync(LoadSettings settings)
    {
        var add = new ProcessStartInfo(settings.LamTrack) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "users", "add", "--db", settings.Database, "--email", LoadSettings.Email, "--role", "clinician" })
        {
            add.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(add)!;
        await process.StandardInput.WriteLineAsync(LoadSettings.Password);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        // An account left by an earlier run is refused as a duplicate, which is fine.
    }

    private async Task WaitHealthyAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (int i = 0; i < 600; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"lamtrack serve exited with {_process.ExitCode}");
            }

            try
            {
                using HttpResponseMessage health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("lamtrack serve did not answer /health within 120 s");
    }
}
