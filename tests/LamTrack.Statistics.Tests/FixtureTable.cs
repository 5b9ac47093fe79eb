using System.Globalization;

namespace LamTrack.Statistics.Tests;

/// <summary>A small reader for the committed R fixtures: a header row, comma-separated, R's NA and Inf.</summary>
internal sealed class FixtureTable
{
    private readonly Dictionary<string, int> _columns;

    private FixtureTable(string[] header, List<string[]> rows)
    {
        _columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    public static FixtureTable Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
        string[] lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        return new FixtureTable(lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    public string Text(string[] row, string column) => row[_columns[column]];

    /// <summary>The number in a cell; null for R's NA, +∞ for Inf.</summary>
    public double? Number(string[] row, string column) => Parse(Text(row, column));

    public double Required(string[] row, string column) =>
        Number(row, column) ?? throw new InvalidOperationException($"{column} is NA");

    public static double? Parse(string text) => text switch
    {
        "NA" => null,
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };
}
