using System.Globalization;

namespace LamTrack.Web.Hosting;

/// <summary>Raises the thread pool's minimum of worker threads for the web server (<c>LamTrack:Web:MinWorkerThreads</c>,
/// default <see cref="DefaultMinWorkerThreads"/>).</summary>
/// <remarks>
/// The pool starts with one worker thread per core and adds more slowly (about two a second) once its queue stops
/// moving. On the 2-core machine, while the dashboard's background computation held pool threads with its per-patient
/// work, every request queued behind it: a 5-minute soak at 64 connections on PostgreSQL had windows of 1.1–1.7 s at
/// p99 and a read p99 of 330 ms. With 16 threads ready the same load had no window above 0.4 s and a read p99 of
/// 170 ms (docs/benchmarks/17-soak.md). SQLite's driver also does its file I/O on the calling thread, so a request
/// holds its thread while it waits on the disk. The setting only raises the minimum; it never lowers it.
/// </remarks>
public static class ThreadPoolFloor
{
    /// <summary>The configuration key.</summary>
    public const string Key = "LamTrack:Web:MinWorkerThreads";

    /// <summary>The default minimum of worker threads.</summary>
    public const int DefaultMinWorkerThreads = 16;

    /// <summary>Raises the minimum of worker threads to the configured value when it is lower.</summary>
    /// <returns>The minimum of worker threads now in force, and a warning to print when the configured value was not a
    /// whole number from 1 to 1,000 (the default is used then) or the pool refused it; otherwise null.</returns>
    public static (int MinWorkerThreads, string? Warning) Apply(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        (int wanted, string? warning) = Configured(configuration[Key]);
        ThreadPool.GetMinThreads(out int workers, out int completionPorts);
        if (wanted > workers && !ThreadPool.SetMinThreads(wanted, completionPorts))
        {
            warning = $"{Key}: the thread pool refused a minimum of {wanted} worker threads; it keeps {workers}";
        }

        ThreadPool.GetMinThreads(out workers, out _);
        return (workers, warning);
    }

    private static (int Wanted, string? Warning) Configured(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DefaultMinWorkerThreads, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 1000
            ? (value, null)
            : (DefaultMinWorkerThreads, $"{Key}: \"{text}\" is not a whole number of threads from 1 to 1,000; using {DefaultMinWorkerThreads}");
    }
}
