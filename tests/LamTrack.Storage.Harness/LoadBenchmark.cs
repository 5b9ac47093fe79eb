using System.Diagnostics;
using System.Globalization;
using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;
using LamTrack.Storage.Timelines;
using NodaTime;

namespace LamTrack.Storage.Harness;

/// <summary>Times loading single timelines from a filled store, the way a clinician opens one patient.</summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(string connection, int count, bool rowsOnly)
    {
        LamTrackDatabase database = connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? PostgresDatabase.Open(connection)
            : SqliteDatabase.Open(connection);
        var timelines = new TimelineStore(database, SystemClock.Instance, "bench");
        var rows = new Patients.PatientStore(database, SystemClock.Instance, "bench");
        int stored = (await rows.ListIdentifiersAsync()).Count;
        // rowsOnly: the query and row mapping alone, without turning the JSON back into a domain patient.
        Func<string, Task<object?>> load = rowsOnly ? async id => await rows.FindAsync(id) : async id => await timelines.FindAsync(id);
        var random = new Random(20261127);
        for (int i = 0; i < 50; i++)
        {
            await load(SyntheticPatients.IdentifierOf(random.Next(1, stored + 1)));
        }

        var times = new double[count];
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            _ = await load(SyntheticPatients.IdentifierOf(random.Next(1, stored + 1))) ?? throw new InvalidOperationException("patient missing");
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / count;
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load{(rowsOnly ? " rows" : " patients")} {count} of {stored}: median {times[count / 2]:F2} ms, p95 {times[(int)(count * 0.95)]:F2} ms, cpu {cpu:F2} ms per load"));
        return 0;
    }
}
