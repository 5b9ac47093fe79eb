namespace LamTrack.Application.Output;

/// <summary>An output path cannot take the command's output; raised before anything is written (code <see cref="Code"/>).</summary>
public sealed class OutputPathException : IOException
{
    /// <summary>The stable code of the refusal.</summary>
    public const string Code = "OUT-001";

    /// <summary>Creates the exception for an option, its path and the reason.</summary>
    public OutputPathException(string option, string path, string reason)
        : base($"{Code}: {option} '{path}' {reason}; nothing was written.")
    {
    }

    /// <summary>Creates the exception with a default message; prefer the option-path-reason constructor.</summary>
    public OutputPathException()
        : base($"{Code}: the output path cannot be used; nothing was written.")
    {
    }

    /// <summary>Creates the exception with a message; prefer the option-path-reason constructor.</summary>
    public OutputPathException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause; prefer the option-path-reason constructor.</summary>
    public OutputPathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
