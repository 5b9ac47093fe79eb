namespace LamTrack.Pharmacokinetics.Models;

/// <summary>A model file is invalid; <see cref="Exception.Message"/> lists every problem with the file and field.</summary>
public sealed class ModelFileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ModelFileException(string file, IReadOnlyList<string> problems)
        : base($"invalid model file {file}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
    {
        File = file;
        Problems = problems;
    }

    /// <summary>Creates the exception with a message.</summary>
    public ModelFileException()
    {
        File = string.Empty;
        Problems = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public ModelFileException(string message)
        : base(message)
    {
        File = string.Empty;
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ModelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
        Problems = [message];
    }

    /// <summary>The file that was read.</summary>
    public string File { get; }

    /// <summary>Each problem, naming the field.</summary>
    public IReadOnlyList<string> Problems { get; }
}
