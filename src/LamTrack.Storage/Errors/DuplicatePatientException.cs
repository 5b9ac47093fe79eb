namespace LamTrack.Storage.Errors;

/// <summary>A patient with the given identifier is already stored.</summary>
public sealed class DuplicatePatientException : StorageException
{
    /// <summary>Creates the exception for an identifier.</summary>
    public DuplicatePatientException(string identifier)
        : base(StorageIssues.PatientAlreadyExists, $"{StorageIssues.PatientAlreadyExists}: patient '{identifier}' is already in the store; update it instead.") =>
        Identifier = identifier;

    /// <summary>Creates the exception around the provider's unique-index error.</summary>
    public DuplicatePatientException(string identifier, Exception innerException)
        : base(StorageIssues.PatientAlreadyExists, $"{StorageIssues.PatientAlreadyExists}: patient '{identifier}' is already in the store; update it instead.", innerException) =>
        Identifier = identifier;

    /// <summary>The identifier that is taken.</summary>
    public string Identifier { get; }
}
