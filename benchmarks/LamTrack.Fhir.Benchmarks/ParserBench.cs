using System.Diagnostics;
using System.Globalization;
using System.Text;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Benchmarks;

/// <summary><c>--parsers</c>: parses every line of an NDJSON export with the SDK's strict deserializer alone
/// (<see cref="FhirJson.TryParseStrict"/>) and with the import's parser (<see cref="FhirJson.TryParse(ReadOnlySpan{byte}, ImportLocation, ImportProblemList)"/>:
/// the SDK's checks made on the parsed tree), on one and on two threads, and prints time and CPU per resource.</summary>
/// <remarks>The lines are read into memory first, so only parsing is timed (docs/benchmarks.md).</remarks>
internal static class ParserBench
{
    public static void Run(string folder, TextWriter console)
    {
        List<byte[]> lines = [.. Directory.EnumerateFiles(folder, "*.ndjson").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(Encoding.UTF8.GetBytes)];
        var where = new ImportLocation("bench.ndjson", 1, null, null, null);
        var parsers = new (string Name, Func<byte[], bool> Parse)[]
        {
            ("SDK strict deserializer", line => FhirJson.TryParseStrict(Encoding.UTF8.GetString(line), where, []) is not null),
            ("import parser (checks on the tree)", line => FhirJson.TryParse(line, where, []) is not null),
        };
        foreach ((string name, Func<byte[], bool> parse) in parsers)
        {
            // Warm-up (JIT, the SDK's model metadata, the check's per-class rules) on a few thousand lines.
            Time(lines[..Math.Min(lines.Count, 5000)], parse, threads: 1);
            foreach (int threads in (int[])[1, 2])
            {
                (double wall, double cpu) = Time(lines, parse, threads);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}, {threads} thread(s): {lines.Count} resources in {wall:F2} s, {wall * 1e6 / lines.Count:F1} us wall and {cpu * 1e6 / lines.Count:F1} us CPU per resource"));
            }
        }
    }

    private static (double Wall, double Cpu) Time(List<byte[]> lines, Func<byte[], bool> parse, int threads)
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int failed = 0;
        Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            if (!parse(lines[i]))
            {
                Interlocked.Increment(ref failed);
            }
        });
        double wall = watch.Elapsed.TotalSeconds;
        // A clean export parses without a problem; anything else would make the timing meaningless.
        return failed > 0
            ? throw new InvalidOperationException($"{failed} exported resources did not parse")
            : (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
