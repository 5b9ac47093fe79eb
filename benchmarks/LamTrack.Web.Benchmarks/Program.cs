using System.Globalization;
using LamTrack.Web.Benchmarks;

// The web application's speed targets (docs/benchmarks.md, issue 13) and its soak and crash runs (issue 17,
// docs/benchmarks/17-soak.md): starts `lamtrack serve` on a store and drives it over loopback. The store is written
// to (new troughs): give it a copy.
// Usage: LamTrack.Web.Benchmarks --lamtrack PATH --db STORE [--mode speed|soak|crash] [--seconds 20] [--port 5199]
//        [--clients 64] [--think-ms 1000] [--warmup 30] [--kills 20] [--copies 10] [--seed 17] [--out FOLDER] [--label NAME]
var settings = LoadSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine("usage: LamTrack.Web.Benchmarks --lamtrack PATH --db STORE [--mode speed|soak|crash] [--seconds N] [--port N] "
        + "[--clients N] [--think-ms N] [--warmup N] [--kills N] [--copies N] [--seed N] [--out FOLDER] [--label NAME]");
    return 2;
}

switch (settings.Mode)
{
    case "soak":
        return await SoakRun.RunAsync(settings);
    case "crash":
        return await new CrashRun(settings).RunAsync();
}

await using var server = await ServerProcess.StartAsync(settings);
var report = new List<string>();
await new WebWorkload(settings, server, report).RunAsync();
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server peak memory (VmHWM): {server.PeakMegabytes():F0} MiB"));
foreach (string line in report)
{
    Console.WriteLine(line);
}

return 0;
