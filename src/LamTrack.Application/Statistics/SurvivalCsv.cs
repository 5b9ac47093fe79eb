using System.Globalization;

namespace LamTrack.Application.Statistics;

/// <summary>Survival data read from a <c>time,status</c> CSV file, with every problem found.</summary>
/// <param name="Times">Follow-up times, finite and ≥ 0, one per data row.</param>
/// <param name="Events">True where status is 1 (event), false where 0 (censored).</param>
/// <param name="Problems">One message per problem, each naming the file, line, field and reason.</param>
internal sealed record SurvivalCsv(double[] Times, bool[] Events, IReadOnlyList<string> Problems)
{
    private const string TimeColumn = "time";
    private const string StatusColumn = "status";

    /// <summary>Reads the file. Columns may come in any order and extra columns are ignored; blank lines are skipped.</summary>
    public static SurvivalCsv Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        string name = Path.GetFileName(path);
        string? header = reader.ReadLine();
        var problems = new List<string>();
        (int timeIndex, int statusIndex) = HeaderIndexes(header, name, problems);
        if (problems.Count > 0)
        {
            return new SurvivalCsv([], [], problems);
        }

        var times = new List<double>();
        var events = new List<bool>();
        int lineNumber = 1;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                ReadRow(new Row(line, lineNumber, name), timeIndex, statusIndex, times, events, problems);
            }
        }

        if (times.Count == 0 && problems.Count == 0)
        {
            problems.Add($"{name}: no data rows after the header");
        }

        return new SurvivalCsv([.. times], [.. events], problems);
    }

    private static (int Time, int Status) HeaderIndexes(string? header, string name, List<string> problems)
    {
        string[] columns = header is null ? [] : header.Split(',').Select(Clean).ToArray();
        int time = Array.FindIndex(columns, c => c.Equals(TimeColumn, StringComparison.OrdinalIgnoreCase));
        int status = Array.FindIndex(columns, c => c.Equals(StatusColumn, StringComparison.OrdinalIgnoreCase));
        foreach ((string column, int index) in new[] { (TimeColumn, time), (StatusColumn, status) })
        {
            if (index < 0)
            {
                problems.Add($"{name}:1: missing column '{column}' in the header (expected 'time,status')");
            }
        }

        return (time, status);
    }

    private static void ReadRow(Row row, int timeIndex, int statusIndex, List<double> times, List<bool> events, List<string> problems)
    {
        string[] fields = row.Text.Split(',');
        int needed = Math.Max(timeIndex, statusIndex) + 1;
        if (fields.Length < needed)
        {
            problems.Add($"{row.Where}: {fields.Length} field(s), but the header needs at least {needed}");
            return;
        }

        double? time = ParseTime(Clean(fields[timeIndex]), row, problems);
        bool? status = ParseStatus(Clean(fields[statusIndex]), row, problems);
        if (time is { } t && status is { } s)
        {
            times.Add(t);
            events.Add(s);
        }
    }

    private static double? ParseTime(string text, Row row, List<string> problems)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double time) || !double.IsFinite(time))
        {
            problems.Add($"{row.Where}: field '{TimeColumn}': '{text}' is not a finite number");
            return null;
        }

        if (time < 0)
        {
            problems.Add($"{row.Where}: field '{TimeColumn}': {text} is negative; follow-up times must be ≥ 0");
            return null;
        }

        return time;
    }

    private static bool? ParseStatus(string text, Row row, List<string> problems) => text switch
    {
        "1" => true,
        "0" => false,
        _ => Problem(problems, $"{row.Where}: field '{StatusColumn}': '{text}' is not 0 (censored) or 1 (event)"),
    };

    private static bool? Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return null;
    }

    private static string Clean(string field) => field.Trim().Trim('"').Trim();

    private readonly record struct Row(string Text, int Number, string File)
    {
        public string Where => $"{File}:{Number.ToString(CultureInfo.InvariantCulture)}";
    }
}
