namespace LamTrack.Fhir.Export;

/// <summary>An export refused its target folder before writing anything (code <see cref="Code"/>).</summary>
public sealed class ExportFolderException : IOException
{
    /// <summary>The stable code of the refusal.</summary>
    public const string Code = "FHIR-EXP-001";

    /// <summary>Creates the exception for a folder and the reason, which the message states with the code.</summary>
    public ExportFolderException(string folder, string reason)
        : base($"{Code}: export refused: '{folder}' {reason}; nothing was written.") => Folder = folder;

    /// <summary>Creates the exception with a message only; prefer the folder-and-reason constructor.</summary>
    public ExportFolderException()
        : this(string.Empty, "cannot be used")
    {
    }

    /// <summary>Creates the exception with a message only; prefer the folder-and-reason constructor.</summary>
    public ExportFolderException(string message)
        : base(message) => Folder = string.Empty;

    /// <summary>Creates the exception with a message and a cause; prefer the folder-and-reason constructor.</summary>
    public ExportFolderException(string message, Exception innerException)
        : base(message, innerException) => Folder = string.Empty;

    /// <summary>The refused folder.</summary>
    public string Folder { get; }
}
