namespace LamTrack.Web.Benchmarks;

/// <summary>Copies of a SQLite store's files (the database, its WAL and its shared-memory index) taken while the server
/// serves, and the check of each.</summary>
/// <remarks>The server is stopped (SIGSTOP) for the copy, so the three files are copied as they were at one instant,
/// as a crash or a power cut at that instant would leave them. A plain copy of a live database is not such a picture:
/// a checkpoint between the copy of one file and of the next mixes two moments, which SQLite documents as a way to
/// corrupt a database (https://www.sqlite.org/howtocorrupt.html, section 1.2).</remarks>
internal sealed class StoreCopies(string database, string folder)
{
    private static readonly string[] s_suffixes = ["", "-wal", "-shm"];
    private readonly List<string> _copies = [];

    public IReadOnlyList<string> Paths => _copies;

    /// <summary>Copies the files while the server is frozen; returns how long it was frozen, in ms.</summary>
    public async Task<double> TakeAsync(ServerProcess server)
    {
        ArgumentNullException.ThrowIfNull(server);
        string target = Path.Combine(folder, $"copy-{_copies.Count + 1:D2}.db");
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        await server.WhileFrozenAsync(() =>
        {
            foreach (string suffix in s_suffixes.Where(s => File.Exists(database + s)))
            {
                File.Copy(database + suffix, target + suffix, overwrite: true);
            }

            return Task.CompletedTask;
        });
        _copies.Add(target);
        return System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>Runs <c>lamtrack check</c> on every copy; returns how many failed, printing each result.</summary>
    public async Task<int> CheckAsync(string lamtrack)
    {
        int failed = 0;
        foreach (string copy in _copies)
        {
            (int exit, string output) = await LamTrackCommand.RunAsync(lamtrack, ["check", "--db", copy]);
            Console.WriteLine($"check {Path.GetFileName(copy)}: exit {exit}; {output.Split('\n')[^1]}");
            failed += exit == 0 ? 0 : 1;
        }

        return failed;
    }
}
