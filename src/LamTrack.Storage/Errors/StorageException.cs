namespace LamTrack.Storage.Errors;

/// <summary>An expected failure of a store operation, with a stable <see cref="Code"/> from <see cref="StorageIssues"/>.</summary>
public class StorageException : Exception
{
    /// <summary>Creates an exception with a code and a message that names the record and the reason.</summary>
    public StorageException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates an exception with a code, a message and the provider's underlying error.</summary>
    public StorageException(string code, string message, Exception innerException)
        : base(message, innerException) => Code = code;

    /// <summary>Creates an exception with no code; prefer the coded constructors.</summary>
    public StorageException()
        : this(string.Empty, "A storage operation failed.")
    {
    }

    /// <summary>Creates an exception with no code; prefer the coded constructors.</summary>
    public StorageException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates an exception with no code; prefer the coded constructors.</summary>
    public StorageException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    /// <summary>The stable issue code, e.g. <c>STORE-001</c>.</summary>
    public string Code { get; }
}
