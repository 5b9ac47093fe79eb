namespace LamTrack.Domain.Errors;

/// <summary>A broken domain invariant, with a stable code.</summary>
/// <remarks>Thrown only for programming errors or for data that skipped validation; user input is validated first and reported as issues.</remarks>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DomainException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates the exception with no code (required by the exception pattern).</summary>
    public DomainException()
        : this("DOM-000", "domain invariant broken")
    {
    }

    /// <summary>Creates the exception with a message and no code.</summary>
    public DomainException(string message)
        : this("DOM-000", message)
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    public DomainException(string message, Exception innerException)
        : base(message, innerException) => Code = "DOM-000";

    /// <summary>The stable issue code.</summary>
    public string Code { get; }
}
