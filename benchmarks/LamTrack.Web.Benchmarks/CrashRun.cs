using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>The crash mode: the mixed load runs while the server is killed with SIGKILL at random moments and started
/// again each time; on SQLite, copies of the database files are taken at random moments too. Afterwards every
/// acknowledged write is read back, <c>lamtrack check</c> runs on the store and on each copy.</summary>
internal sealed class CrashRun(LoadSettings settings)
{
    private readonly Random _random = new(settings.Seed);

    public async Task<int> RunAsync()
    {
        Directory.CreateDirectory(settings.Output);
        await using ServerProcess server = await ServerProcess.StartAsync(settings);
        (HttpClient client, MixedPatients patients) = await SoakRun.PrepareAsync(settings);
        using (client)
        {
            var writes = new AcknowledgedWrites();
            var load = new MixedWorkload(settings, client, patients, writes);
            StoreCopies? copies = settings.IsPostgres ? null : new StoreCopies(settings.Database, settings.Output);
            using var stop = new CancellationTokenSource();
            Task running = load.RunAsync(stop.Token);
            await KillRepeatedlyAsync(server, load, writes, copies);
            await stop.CancelAsync();
            await running;
            SoakRun.PrintStatuses(load.Samples);
            WriteCheck check = await writes.VerifyAsync(client);
            Console.WriteLine(check);
            await server.StopAsync();
            return await CheckAsync(copies) + check.Missing == 0 ? 0 : 1;
        }
    }

    /// <summary>Kills the server <see cref="LoadSettings.Kills"/> times, a random time apart (on average the run's length
    /// divided by the kills), starting it again after each; copies the SQLite files at a random moment of some of the gaps.</summary>
    private async Task KillRepeatedlyAsync(ServerProcess server, MixedWorkload load, AcknowledgedWrites writes, StoreCopies? copies)
    {
        double mean = (double)settings.Seconds / settings.Kills;
        HashSet<int> copyAt = [.. Enumerable.Range(0, settings.Kills).OrderBy(_ => _random.Next()).Take(copies is null ? 0 : settings.Copies)];
        for (int kill = 1; kill <= settings.Kills; kill++)
        {
            double gap = mean * (0.5 + _random.NextDouble());
            double before = copyAt.Contains(kill - 1) ? gap * _random.NextDouble() : gap;
            await Task.Delay(TimeSpan.FromSeconds(before));
            if (before < gap)
            {
                double frozen = await copies!.TakeAsync(server);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load.Elapsed,7:F1} s  copy {copies.Paths.Count} (server frozen {frozen:F0} ms)"));
                await Task.Delay(TimeSpan.FromSeconds(gap - before));
            }

            int pid = server.Id;
            await server.KillHardAsync();
            double killedAt = load.Elapsed;
            await server.StartAgainAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{killedAt,7:F1} s  kill {kill,2} (pid {pid}), {writes.Count} writes acknowledged so far; serving again after {load.Elapsed - killedAt:F1} s"));
        }
    }

    /// <summary>Runs <c>lamtrack check</c> on the store and on each copy; returns how many failed.</summary>
    private async Task<int> CheckAsync(StoreCopies? copies)
    {
        (int exit, string output) = await LamTrackCommand.RunAsync(settings.LamTrack, ["check", "--db", settings.Database]);
        Console.WriteLine($"check of the store after the kills: exit {exit}; {output.Split('\n')[^1]}");
        int failed = (exit == 0 ? 0 : 1) + (copies is null ? 0 : await copies.CheckAsync(settings.LamTrack));
        Console.WriteLine($"integrity failures: {failed}");
        return failed;
    }
}
