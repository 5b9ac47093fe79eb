using System.Globalization;

namespace LamTrack.Web.Benchmarks;

/// <summary>What the load run is given on its command line.</summary>
internal sealed record LoadSettings(string LamTrack, string Database, int Seconds, int Port)
{
    public const string Email = "bench.clinician@example.org";

    public const string Password = "bench-password-123";

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static LoadSettings? Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        string? lamtrack = Value("--lamtrack"), db = Value("--db");
        if (lamtrack is null || db is null)
        {
            return null;
        }

        int seconds = int.Parse(Value("--seconds") ?? "20", CultureInfo.InvariantCulture);
        int port = int.Parse(Value("--port") ?? "5199", CultureInfo.InvariantCulture);
        return new LoadSettings(lamtrack, db, seconds, port);
    }
}
