using LamTrack.Fhir.Benchmarks;
using NodaTime;

// dotnet run -c Release --project benchmarks/LamTrack.Fhir.Benchmarks -- [--patients N] [--db CONNECTION] [--profile-validation] [--parsers]
BenchSettings? settings = BenchSettings.Parse(args, Console.Error);
return settings is null ? 2 : await FhirImportBench.RunAsync(settings, SystemClock.Instance, Console.Out, Console.Error);
