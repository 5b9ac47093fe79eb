using System.Globalization;
using LamTrack.Fuzz;

// lamtrack-fuzz [--executions N] [--seconds S] [--target NAME] [--seed N] [--findings DIR]
// A campaign over every parser: N executions (default 1,000,000) or S seconds (default unbounded) per target.
var options = FuzzOptions.Parse(args);
string scratch = Directory.CreateTempSubdirectory("lamtrack-fuzz-").FullName;
int crashes = 0;
try
{
    Console.WriteLine("target               executions    seconds   exec/s  slowest ms  crashes  slow");
    foreach (FuzzTarget target in FuzzTargets.All(Path.Combine(AppContext.BaseDirectory, "corpus"), scratch).Where(t => options.Target is null || t.Name == options.Target))
    {
        FuzzCampaign.Result r = FuzzCampaign.Run(target, options.Seed, options.Executions, options.Budget, TimeSpan.FromSeconds(2));
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
