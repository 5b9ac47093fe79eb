using System.Diagnostics;
using System.Globalization;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;
using NodaTime;

namespace LamTrack.Storage.Harness;

/// <summary>Times reading every stored patient with her timeline, through EF Core's query and through the bulk reader, paired.</summary>
internal static class ReadAllBenchmark
{
    public static async Task<int> RunAsync(string connection, int rounds)
    {
        LamTrackDatabase database = connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? PostgresDatabase.Open(connection, readOnly: true)
            : SqliteDatabase.Open(connection, readOnly: true);
        var store = new PatientStore(database, SystemClock.Instance, "bench");
        for (int round = 1; round <= rounds; round++)
        {
            // Each round runs both paths, the first one alternating, so the machine's drift falls on both alike.
            bool efFirst = round % 2 == 1;
            await TimeAsync(efFirst ? "ef" : "bulk", round, efFirst ? Records(store.StreamAllAsync()) : store.ReadAllAsync());
            await TimeAsync(efFirst ? "bulk" : "ef", round, efFirst ? store.ReadAllAsync() : Records(store.StreamAllAsync()));
        }

        return 0;
    }

    private static async IAsyncEnumerable<StoredRecord> Records(IAsyncEnumerable<StoredPatient> patients)
    {
        await foreach (StoredPatient patient in patients)
        {
            yield return StoredRecord.Of(patient);
        }
    }

    private static async Task TimeAsync(string path, int round, IAsyncEnumerable<StoredRecord> rows)
    {
        TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        int patients = 0;
        long events = 0;
        await foreach (StoredRecord patient in rows)
        {
            patients++;
            events += patient.EventCount;
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} {path}: {patients} patients, {events} events, {wall:F2} s wall, {cpu:F2} s CPU"));
    }
}
