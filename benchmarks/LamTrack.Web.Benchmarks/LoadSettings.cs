using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>What the load run is given on its command line.</summary>
/// <param name="LamTrack">The <c>lamtrack</c> executable.</param>
/// <param name="Database">The store: a SQLite file or a PostgreSQL connection string, as <c>--db</c> takes it.</param>
/// <param name="Seconds">How long each scenario (speed), the whole soak, or the load around the kills (crash) runs.</param>
/// <param name="Port">The loopback port of the server.</param>
internal sealed record LoadSettings(string LamTrack, string Database, int Seconds, int Port)
{
    public const string Email = "bench.clinician@example.org";

    public const string Password = "bench-password-123";

    /// <summary>speed (the scenarios one after another), soak (the mixed load) or crash (the mixed load with kills).</summary>
    public string Mode { get; init; } = "speed";

    /// <summary>Concurrent clients of the mixed load, each on a connection of its own.</summary>
    public int Clients { get; init; } = 64;

    /// <summary>The mean pause of a mixed-load client between an answer and its next request.</summary>
    public int ThinkMilliseconds { get; init; } = 1000;

    /// <summary>Soak mode: how long the mixed load runs before the measured run, not counted (JIT, pools, caches).</summary>
    public int WarmUpSeconds { get; init; } = 30;

    /// <summary>Crash mode: how many times the server is killed with SIGKILL.</summary>
    public int Kills { get; init; } = 20;

    /// <summary>Crash mode on SQLite: how many copies of the database files are taken while the load runs.</summary>
    public int Copies { get; init; } = 10;

    /// <summary>The seed of the mixed load's choices (operation, patient, pause, kill moments).</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Where the mixed load writes its CSV, its plot and its copies.</summary>
    public string Output { get; init; } = ".";

    /// <summary>What the figures are labelled with (the provider, the store size).</summary>
    public string Label { get; init; } = "store";

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Whether the store is a PostgreSQL connection string rather than a SQLite file.</summary>
    public bool IsPostgres => Database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static LoadSettings? Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
        string? lamtrack = Value("--lamtrack"), db = Value("--db");
        if (lamtrack is null || db is null)
        {
            return null;
        }

        return new LoadSettings(lamtrack, db, Number("--seconds", 20), Number("--port", 5199))
        {
            Mode = Value("--mode") ?? "speed", Clients = Number("--clients", 64), ThinkMilliseconds = Number("--think-ms", 1000), WarmUpSeconds = Number("--warmup", 30),
            Kills = Number("--kills", 20), Copies = Number("--copies", 10), Seed = Number("--seed", 17), Output = Value("--out") ?? ".",
            Label = Value("--label") ?? "store",
        };
    }
}
