using System.Globalization;
using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Data;

/// <summary>Reads a NONMEM-style CSV data set (the pharmacometric convention) into subjects, validating every record first.</summary>
/// <remarks>
/// Columns (header row, case-insensitive, comma-separated): required ID, TIME (h), AMT (mg), EVID, DV (ng/mL); optional
/// CMT (1 depot, 2 central; default 1), II (h), ADDL, SS (0/1), MDV (0/1), LLOQ (ng/mL), RATE (mg/h);
/// ETA_&lt;PARAMETER&gt; columns give individual ETAs; any other column is a numeric covariate (value from the
/// subject's first record). Missing values may be empty or ".". Every problem is reported as
/// "line N, field F: reason"; if there is any, <see cref="DataFileException"/> is thrown and nothing is returned.
/// <para>Event types follow NONMEM (NONMEM Users Guide, Part V, chapter 6, "Data records"; the same in mrgsolve):
/// EVID 0 observation, 1 dose, 2 other-type event (a prediction time, never data). EVID 3 (reset) and 4 (reset and
/// dose) are rejected naming the row: the solver does not empty the compartments mid-record, so such a record must be
/// split into separate IDs at the reset. RATE &gt; 0 (zero-order input) and RATE −1/−2 (modelled rate or duration) are
/// rejected with their line: both structural models take bolus doses only; RATE 0 or empty is a bolus.</para>
/// <para>An observation record (EVID 0, MDV 0) whose DV is "." is a prediction row when the data set is read for
/// <see cref="DataPurpose.Simulation"/>, and an error with its line for <see cref="DataPurpose.Estimation"/>.</para>
/// Rejected: a dose ≤ 0, a sample before the subject's first dose, TIME going backwards within an ID, an unknown EVID,
/// an ID split over two blocks, missing required columns, non-numeric values. A sample after a dose record that was
/// itself rejected is not reported again as "before the first dose".
/// </remarks>
public static class NonmemDataReader
{
    private static readonly string[] s_required = ["ID", "TIME", "AMT", "EVID", "DV"];
    private static readonly string[] s_known = ["ID", "TIME", "AMT", "EVID", "DV", "CMT", "II", "ADDL", "SS", "MDV", "LLOQ", "RATE"];

    /// <summary>Reads the file at <paramref name="path"/> for estimation.</summary>
    /// <exception cref="DataFileException">The file cannot be read or has invalid records.</exception>
    public static IReadOnlyList<SubjectData> ReadFile(string path) => ReadFile(path, DataPurpose.Estimation);

    /// <summary>Reads the file at <paramref name="path"/> for <paramref name="purpose"/>.</summary>
    /// <exception cref="DataFileException">The file cannot be read or has invalid records.</exception>
    public static IReadOnlyList<SubjectData> ReadFile(string path, DataPurpose purpose)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, [$"cannot read the file: {e.Message}"]);
        }

        return Parse(lines, path, purpose);
    }

    /// <summary>Parses CSV lines for estimation; <paramref name="source"/> names the input in errors.</summary>
    /// <exception cref="DataFileException">A record or the header is invalid.</exception>
    public static IReadOnlyList<SubjectData> Parse(IReadOnlyList<string> lines, string source) => Parse(lines, source, DataPurpose.Estimation);

    /// <summary>Parses CSV lines for <paramref name="purpose"/>; <paramref name="source"/> names the input in errors.</summary>
    /// <exception cref="DataFileException">A record or the header is invalid.</exception>
    public static IReadOnlyList<SubjectData> Parse(IReadOnlyList<string> lines, string source, DataPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new List<string>();
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new DataFileException(source, ["line 1, field (header): the header row is missing"]);
        }

        string[] header = [.. lines[0].Split(',').Select(h => h.Trim().ToUpperInvariant())];
        foreach (string missing in s_required.Where(r => !header.Contains(r)))
        {
            problems.Add($"line 1, field {missing}: required column missing");
        }

        if (problems.Count > 0)
        {
            throw new DataFileException(source, problems);
        }

        var builder = new SubjectBuilder(header, s_known, problems) { Purpose = purpose };
        for (int i = 1; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]) && !lines[i].TrimStart().StartsWith('#'))
            {
                builder.Add(lines[i].Split(','), i + 1);
            }
        }

        IReadOnlyList<SubjectData> subjects = builder.Finish();
        return problems.Count > 0 ? throw new DataFileException(source, problems) : subjects;
    }

    internal static double? ParseNumber(string text)
    {
        string t = text.Trim();
        return t.Length == 0 || t == "."
            ? null
            : double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : double.NaN;
    }

    internal static DoseEvent[] ExpandDose(double time, double amount, DoseCompartment cmt, double ii, int addl, bool ss)
    {
        var doses = new DoseEvent[addl + 1];
        doses[0] = DoseEvent.Create(time, amount, cmt, ss ? ii : 0);
        for (int k = 1; k <= addl; k++)
        {
            doses[k] = DoseEvent.Create(time + (k * ii), amount, cmt, 0);
        }

        return doses;
    }
}
