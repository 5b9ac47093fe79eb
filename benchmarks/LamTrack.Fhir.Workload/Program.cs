using System.Diagnostics;
using System.Globalization;
using LamTrack.Testing.Fhir;

// Writes the bulk-export workload of docs/benchmarks/fhir.md: a hospital-wide NDJSON export of mixed patients, a
// minority with LAM, from a fixed seed. The import itself is timed with the product CLI (lamtrack import --select lam).
// Usage: LamTrack.Fhir.Workload OUT [patients=100000] [lamEvery=50] [backgroundPerPatient=199] [seed=20261202]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: LamTrack.Fhir.Workload OUT [patients] [lamEvery] [backgroundPerPatient] [seed]");
    return 2;
}

int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
int patients = Arg(1, 100_000), lamEvery = Arg(2, 50), background = Arg(3, 199), seed = Arg(4, 20261202);
var clock = Stopwatch.StartNew();
EhrExportSummary summary = new EhrExportGenerator(seed).Write(args[0], patients, lamEvery, background);
long bytes = new DirectoryInfo(args[0]).EnumerateFiles("*.ndjson").Sum(f => f.Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{summary.Patients} patients ({summary.Expected.Count} with LAM, {summary.Refuted} refuted, {summary.BroadCodeOnly} broad-code decoys), {summary.Resources} resources, {bytes / 1e9:0.00} GB, seed {seed}, written in {clock.Elapsed.TotalSeconds:0.0} s"));
return 0;
