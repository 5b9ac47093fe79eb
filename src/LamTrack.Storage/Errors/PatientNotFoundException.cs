namespace LamTrack.Storage.Errors;

/// <summary>No patient with the given identifier is stored.</summary>
public sealed class PatientNotFoundException : StorageException
{
    /// <summary>Creates the exception for an identifier.</summary>
    public PatientNotFoundException(string identifier)
        : base(StorageIssues.PatientNotFound, $"{StorageIssues.PatientNotFound}: no patient '{identifier}' in the store.") =>
        Identifier = identifier;

    /// <summary>The identifier that was looked up.</summary>
    public string Identifier { get; }
}
