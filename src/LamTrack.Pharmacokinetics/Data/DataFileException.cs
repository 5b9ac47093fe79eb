namespace LamTrack.Pharmacokinetics.Data;

/// <summary>A data file is invalid; every problem names the file, line and field. Nothing is returned from such a file.</summary>
public sealed class DataFileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public DataFileException(string file, IReadOnlyList<string> problems)
        : base($"invalid data file {file} ({problems.Count} problem(s)):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
    {
        File = file;
        Problems = problems;
    }

    /// <summary>Creates the exception.</summary>
    public DataFileException()
    {
        File = string.Empty;
        Problems = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public DataFileException(string message)
        : base(message)
    {
        File = string.Empty;
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DataFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problems = [message];
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>Each problem, as "line N, field F: reason".</summary>
    public IReadOnlyList<string> Problems { get; }
}
