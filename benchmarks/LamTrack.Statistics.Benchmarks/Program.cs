using System.Globalization;
using BenchmarkDotNet.Running;
using LamTrack.Statistics.Benchmarks;

// "km-file PATH REPEATS" times the fit on a CSV shared with R; anything else goes to BenchmarkDotNet.
if (args.Length == 3 && args[0] == "km-file")
{
    return FileTiming.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(KaplanMeierBenchmarks).Assembly).Run(args);
return 0;
