using System.Globalization;
using LamTrack.Fuzz;

// lamtrack-fuzz [--executions N] [--seconds S] [--target NAME] [--seed N] [--findings DIR] [--threads N]
// A campaign over every parser: N executions (default 1,000,000) or S seconds (default unbounded) per target, on N
// threads (default 1) with a mutation stream each.
var options = FuzzOptions.Parse(args);
string scratch = Directory.CreateTempSubdirectory("lamtrack-fuzz-").FullName;
int crashes = 0;
try
{
    Console.WriteLine("target               executions    seconds   exec/s  slowest ms  crashes  slow");
    string corpus = Path.Combine(AppContext.BaseDirectory, "corpus");
    IReadOnlyList<FuzzTarget>[] copies = [.. Enumerable.Range(0, Math.Max(1, options.Threads))
        .Select(k => FuzzTargets.All(corpus, Directory.CreateDirectory(Path.Combine(scratch, $"thread-{k}")).FullName))];
    foreach (string name in copies[0].Select(t => t.Name).Where(n => options.Target is null || n == options.Target))
    {
        FuzzCampaign.Result r = await FuzzCampaign.RunParallelAsync([.. copies.Select(c => c.Single(t => t.Name == name))], options.Seed, options.Executions, options.Budget, TimeSpan.FromSeconds(2));
        int crashed = r.Findings.Count(f => f.Kind == "crash");
        crashes += crashed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Target,-20} {r.Executions,10:N0} {r.Elapsed.TotalSeconds,10:F0} {r.Executions / Math.Max(r.Elapsed.TotalSeconds, 1e-9),8:F0} {r.Slowest.TotalMilliseconds,11:F0} {crashed,8} {r.Findings.Count - crashed,5}"));
        FuzzFindings.Save(options.FindingsFolder, r.Findings);
    }
}
finally
{
    Directory.Delete(scratch, recursive: true);
}

return crashes == 0 ? 0 : 1;
