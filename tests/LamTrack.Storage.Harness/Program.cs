using System.Diagnostics;
using System.Globalization;
using LamTrack.Storage;
using LamTrack.Storage.Harness;
using LamTrack.Storage.Import;
using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;
using LamTrack.Storage.Timelines;
using NodaTime;

// usage: harness load|load-rows CONNECTION COUNT
//   Loads COUNT patients (syn-000001 and up, spread over the store) as domain timelines, one at a time, and prints the
//   median and 95th-percentile wall time per load and the process CPU time per load.
if (args.Length == 3 && args[0] is "load" or "load-rows")
{
    return await LoadBenchmark.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), rowsOnly: args[0] == "load-rows");
}

// usage: harness read-all CONNECTION ROUNDS
//   Reads every stored patient with her timeline ROUNDS times through each path (EF Core's query, the bulk reader),
//   paired, and prints each read's patients, events, wall and CPU seconds.
if (args.Length == 3 && args[0] == "read-all")
{
    return await ReadAllBenchmark.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

// usage: harness import CONNECTION COUNT [BATCH]
//   Migrates the database, then imports synthetic patients 1..COUNT through TimelineStore (domain patients, BATCH
//   patients per transaction, default PatientImporter.DefaultBatchSize), printing "progress PROCESSED IMPORTED SKIPPED"
//   after every committed batch and a final "done PROCESSED IMPORTED SKIPPED SECONDS".
int batch = PatientImporter.DefaultBatchSize;
if (args.Length is not (3 or 4) || args[0] != "import" || !int.TryParse(args[2], CultureInfo.InvariantCulture, out int count)
    || (args.Length == 4 && !int.TryParse(args[3], CultureInfo.InvariantCulture, out batch)) || batch < 1)
{
    Console.Error.WriteLine("usage: harness import CONNECTION COUNT [BATCH]");
    return 2;
}

string connection = args[1];
LamTrackDatabase database = connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
    ? PostgresDatabase.Open(connection)
    : SqliteDatabase.Open(connection);
await database.MigrateAsync();
var store = new TimelineStore(database, SystemClock.Instance, "harness") { ImportBatchSize = batch };
var progress = new ConsoleProgress();
var watch = Stopwatch.StartNew();
ImportProgress done = await store.ImportPatientsAsync(SyntheticPatients.Patients(count), progress);
watch.Stop();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {done.Processed} {done.Imported} {done.AlreadyPresent} {watch.Elapsed.TotalSeconds:F1}"));
return 0;

/// <summary>Prints each progress report on its own line, flushed, for the parent process to read.</summary>
internal sealed class ConsoleProgress : IProgress<ImportProgress>
{
    public void Report(ImportProgress value)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress {value.Processed} {value.Imported} {value.AlreadyPresent}"));
        Console.Out.Flush();
    }
}
