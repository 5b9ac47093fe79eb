using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LamTrack.Web.Benchmarks;

/// <summary>`lamtrack serve` as a child process: started with a clinician account, waited for, measured, killed and
/// started again, stopped.</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private const int SignalTerminate = 15;
    private const int SignalContinue = 18;
    private const int SignalStop = 19;
    private readonly LoadSettings _settings;
    private Process _process;

    private ServerProcess(LoadSettings settings, Process process)
    {
        _settings = settings;
        _process = process;
    }

    /// <summary>The server's process id now.</summary>
    public int Id => _process.Id;

    public static async Task<ServerProcess> StartAsync(LoadSettings settings)
    {
        // An account left by an earlier run is refused as a duplicate, which is fine.
        await LamTrackCommand.RunAsync(settings.LamTrack, ["users", "add", "--db", settings.Database, "--email", LoadSettings.Email, "--role", "clinician"],
            LoadSettings.Password);
        var server = new ServerProcess(settings, Launch(settings));
        await server.WaitHealthyAsync();
        return server;
    }

    /// <summary>Kills the server with SIGKILL (no shutdown, no flush: what a crash or the OOM killer does) and waits for it to go.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    /// <summary>Starts the server again on the same store and port, after <see cref="KillHardAsync"/>.</summary>
    public async Task StartAgainAsync()
    {
        _process = Launch(_settings);
        await WaitHealthyAsync();
    }

    /// <summary>Stops the server as an operator would (SIGTERM: ASP.NET Core's graceful shutdown) and waits for it to go.</summary>
    public async Task StopAsync()
    {
        Signal(SignalTerminate);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(patience.Token);
    }

    /// <summary>Runs <paramref name="action"/> while the server is stopped with SIGSTOP, so its files hold still, as at
    /// the instant of a crash; the server goes on with SIGCONT afterwards.</summary>
    public async Task WhileFrozenAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Signal(SignalStop);
        try
        {
            await action();
        }
        finally
        {
            Signal(SignalContinue);
        }
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

    private static Process Launch(LoadSettings settings)
    {
        var start = new ProcessStartInfo(settings.LamTrack) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "serve", "--db", settings.Database, "--urls", settings.BaseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("lamtrack serve did not start");
        // What the server prints (its start-up lines and any logged error) is kept, one file per run, across restarts.
        Directory.CreateDirectory(settings.Output);
        string log = Path.Combine(settings.Output, $"{settings.Label}-server.log");
        File.AppendAllText(log, $"--- server started, pid {process.Id}, {DateTimeOffset.UtcNow:O}{Environment.NewLine}");
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static readonly Lock LogLock = new();

    private static void Keep(string log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (LogLock)
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }

    private void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"signal {signal} to {_process.Id} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    private double Status(string field)
    {
        string? line;
        try
        {
            line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // The process is gone (killed between two samples).
            return double.NaN;
        }

        return line is null ? double.NaN : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = _settings.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
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
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("lamtrack serve did not answer /health within 120 s");
    }
}
