using LamTrack.Testing;

namespace LamTrack.Web.Tests.Security;

/// <summary>The authorization matrix of <c>docs/security.md</c>: for each endpoint (method and route) the status each
/// caller gets, read from the markdown table so that the document and the test cannot drift apart.</summary>
public sealed class EndpointExpectations
{
    /// <summary>The heading of the section whose first table is the matrix.</summary>
    public const string Heading = "## Authorization matrix";

    private readonly Dictionary<string, string[]> _rows;

    private EndpointExpectations(Dictionary<string, string[]> rows) => _rows = rows;

    /// <summary>The keys (<c>METHOD route</c>) of the table's rows.</summary>
    public IReadOnlyCollection<string> Keys => _rows.Keys;

    /// <summary>The cell of <paramref name="key"/> for the caller at <paramref name="column"/> (the order of <see cref="SecurityServer.Callers"/>).</summary>
    public string Expected(string key, int column) => _rows[key][column];

    /// <summary>Reads the table from <c>docs/security.md</c> of the repository.</summary>
    public static EndpointExpectations Load() =>
        Parse(File.ReadAllLines(Path.Combine(CaseSeriesData.RepositoryRoot, "docs", "security.md")));

    /// <summary>Reads the first table after <see cref="Heading"/>: method, route, then one cell per caller.</summary>
    public static EndpointExpectations Parse(IReadOnlyList<string> lines)
    {
        int start = lines.ToList().FindIndex(l => l.Trim() == Heading);
        Assert.True(start >= 0, $"docs/security.md has no '{Heading}' section");
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        IEnumerable<string> table = lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2);
        foreach (string line in table)
        {
            string[] cells = [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`'))];
            string key = $"{cells[0]} {cells[1]}";
            Assert.True(cells.Length >= 2 + SecurityServer.Callers.Count, $"the row '{line}' has fewer than one cell per caller");
            Assert.True(rows.TryAdd(key, cells[2..(2 + SecurityServer.Callers.Count)]), $"two rows for {key}");
        }

        return new EndpointExpectations(rows);
    }
}
