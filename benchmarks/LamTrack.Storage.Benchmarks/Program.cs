using BenchmarkDotNet.Running;
using LamTrack.Storage.Benchmarks;

// dotnet run -c Release --project benchmarks/LamTrack.Storage.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(TimelineLoadBenchmarks).Assembly).Run(args);
