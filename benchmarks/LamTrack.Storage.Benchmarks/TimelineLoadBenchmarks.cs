using BenchmarkDotNet.Attributes;
using LamTrack.Storage.Harness;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Postgres;
using LamTrack.Storage.Sqlite;
using LamTrack.Storage.Timelines;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace LamTrack.Storage.Benchmarks;

/// <summary>Loading one patient's whole timeline from a store of 5,000 synthetic patients (issue 6: under 5 ms).</summary>
/// <remarks>
/// PostgreSQL runs when <c>LAMTRACK_TEST_POSTGRES</c> holds a connection string to an empty database it may fill.
/// Each call opens a context, runs the query and maps the rows, as the CLI and a web request would.
/// </remarks>
[MemoryDiagnoser]
public class TimelineLoadBenchmarks
{
    private const int Patients = 5_000;

    private TimelineStore _timelines = null!;
    private PatientStore _snapshots = null!;
    private string _directory = null!;
    private int _next;

    [ParamsSource(nameof(Providers))]
    public StorageProvider Provider { get; set; }

    public static IEnumerable<StorageProvider> Providers() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("LAMTRACK_TEST_POSTGRES"))
            ? [StorageProvider.Sqlite]
            : [StorageProvider.Sqlite, StorageProvider.Postgres];

    [GlobalSetup]
    public async Task Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "lamtrack-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        LamTrackDatabase database = Provider == StorageProvider.Sqlite
            ? SqliteDatabase.Open(Path.Combine(_directory, "bench.db"))
            : PostgresDatabase.Open(Environment.GetEnvironmentVariable("LAMTRACK_TEST_POSTGRES")!);
        await database.MigrateAsync();
        _timelines = new TimelineStore(database, SystemClock.Instance, "bench");
        _snapshots = new PatientStore(database, SystemClock.Instance, "bench");
        await _timelines.ImportPatientsAsync(SyntheticPatients.Patients(Patients));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The stored rows of one patient (query and row mapping only).</summary>
    [Benchmark(Baseline = true)]
    public async Task<StoredPatient?> LoadSnapshot() => await _snapshots.FindAsync(NextIdentifier());

    /// <summary>One domain patient with her whole timeline (query, rows, and the patient-file reader and validator).</summary>
    [Benchmark]
    public async Task<VersionedPatient?> LoadDomainPatient() => await _timelines.FindAsync(NextIdentifier());

    private string NextIdentifier() => SyntheticPatients.IdentifierOf((_next++ % Patients) + 1);
}
