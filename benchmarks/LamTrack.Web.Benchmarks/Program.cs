using System.Globalization;
using LamTrack.Web.Benchmarks;

// The web application's speed targets (docs/benchmarks.md, issue 13): starts `lamtrack serve` on a store, drives it
// over loopback with HTTP clients one scenario after another, and prints latency percentiles, throughput and the
// server's memory. The store is written to (new troughs): give it a copy.
// Usage: LamTrack.Web.Benchmarks --lamtrack PATH --db STORE [--seconds 20] [--port 5199]
var settings = LoadSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine("usage: LamTrack.Web.Benchmarks --lamtrack PATH --db STORE [--seconds N] [--port N]");
    return 2;
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
