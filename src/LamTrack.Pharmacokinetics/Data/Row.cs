namespace LamTrack.Pharmacokinetics.Data;

/// <summary>One CSV record with typed field access that records problems as "line N, field F: reason".</summary>
internal sealed class Row(string[] header, string[] fields, int line, List<string> problems)
{
    public int Line => line;

    public string Text(string column)
    {
        int i = Array.IndexOf(header, column);
        return i < 0 ? string.Empty : fields[i].Trim();
    }

    public double Required(string column)
    {
        double? v = Optional(column);
        if (v is null)
        {
            problems.Add($"line {line}, field {column}: missing value");
            return double.NaN;
        }

        return v.Value;
    }

    public double? Optional(string column)
    {
        int i = Array.IndexOf(header, column);
        if (i < 0)
        {
            return null;
        }

        double? v = NonmemDataReader.ParseNumber(fields[i]);
        if (v is double d && double.IsNaN(d))
        {
            problems.Add($"line {line}, field {column}: '{fields[i].Trim()}' is not a number");
        }

        return v;
    }

    public bool Check(bool condition, string column, string reason)
    {
        if (!condition)
        {
            problems.Add($"line {line}, field {column}: {reason}");
        }

        return condition;
    }
}
