using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>The soak mode: the mixed load for a fixed time on one server, then every acknowledged write read back,
/// the figures printed, and the CSV and the plot written.</summary>
internal static class SoakRun
{
    private static readonly TimeSpan s_memoryEvery = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        Directory.CreateDirectory(settings.Output);
        await using ServerProcess server = await ServerProcess.StartAsync(settings);
        (HttpClient client, MixedPatients patients) = await PrepareAsync(settings);
        using (client)
        {
            var writes = new AcknowledgedWrites();
            await WarmUpAsync(settings, client, patients, writes);
            var load = new MixedWorkload(settings, client, patients, writes);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(settings.Seconds));
            Task<List<MemorySample>> memory = MemorySampler.RunAsync(server.ResidentMegabytes, () => load.Elapsed, s_memoryEvery, stop.Token);
            await load.RunAsync(stop.Token);
            var report = new SoakReport([.. load.Samples], await memory, settings.Seconds);
            WriteCheck check = await writes.VerifyAsync(client);
            Print(settings, report, check, server.PeakMegabytes());
            string name = Path.Combine(settings.Output, $"{settings.Label}-soak");
            report.WriteCsv(name + ".csv");
            SoakPlot.Save(report.Windows(), $"{settings.Label}: {settings.Clients} clients for {settings.Seconds} s", name + ".png");
            return check.Missing == 0 && report.Reads.Errors + report.Writes.Errors == 0 ? 0 : 1;
        }
    }

    /// <summary>Signs in and reads the patients the load works on; the first requests after the start (the list's
    /// index, the first dashboard) are made here, before the clock starts.</summary>
    public static async Task<(HttpClient Client, MixedPatients Patients)> PrepareAsync(LoadSettings settings)
    {
        HttpClient client = LoadClient.Create(settings, settings.Clients, TimeSpan.FromSeconds(60));
        await LoadClient.SignInAsync(client);
        MixedPatients patients = await MixedPatients.ReadAsync(client);
        using HttpResponseMessage dashboard = await client.GetAsync(new Uri("/cohort", UriKind.Relative));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{patients.Ids.Count} patients, {patients.Treated.Count} with a trough; first dashboard: {(int)dashboard.StatusCode}"));
        return (client, patients);
    }

    /// <summary>Runs the same load for <see cref="LoadSettings.WarmUpSeconds"/> and drops its latencies: a cold server
    /// compiles each path on its first calls, and 64 clients at once on cold code measure the JIT, not the serving.
    /// Its writes are kept in the ledger and read back with the others.</summary>
    private static async Task WarmUpAsync(LoadSettings settings, HttpClient client, MixedPatients patients, AcknowledgedWrites writes)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(settings.WarmUpSeconds));
        var warmUp = new MixedWorkload(settings with { Seed = settings.Seed + 1 }, client, patients, writes);
        await warmUp.RunAsync(stop.Token);
        Console.WriteLine($"warm-up: {warmUp.Samples.Count} requests in {settings.WarmUpSeconds} s, not counted");
    }

    public static void PrintStatuses(IEnumerable<RequestSample> samples) =>
        Console.WriteLine("statuses: " + string.Join(", ", samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} x {g.Count()}")));

    private static void Print(LoadSettings settings, SoakReport report, WriteCheck check, double peak)
    {
        (double first, double last, double change) = report.MemoryDrift();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Label}: {settings.Clients} clients, mean pause {settings.ThinkMilliseconds} ms, {settings.Seconds} s after {settings.WarmUpSeconds} s of warm-up"));
        Console.WriteLine(SoakReport.TableHeader);
        foreach (string row in report.Rows())
        {
            Console.WriteLine(row);
        }

        Console.WriteLine(check);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: mean VmRSS {first:F0} MiB (first minute after warm-up) -> {last:F0} MiB (last minute), {change:+0.0%;-0.0%}; peak VmHWM {peak:F0} MiB"));
    }
}
