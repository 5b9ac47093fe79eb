namespace LamTrack.Storage.Errors;

/// <summary>A patient snapshot breaks a rule of the store; the message names the patient, the field and the reason.</summary>
public sealed class InvalidSnapshotException : StorageException
{
    /// <summary>Creates the exception for a patient, a field path and a reason.</summary>
    public InvalidSnapshotException(string identifier, string field, string reason)
        : base(StorageIssues.InvalidSnapshot, $"{StorageIssues.InvalidSnapshot}: patient '{identifier}', {field}: {reason}")
    {
        Identifier = identifier;
        Field = field;
    }

    /// <summary>The patient identifier (possibly empty when that is the problem).</summary>
    public string Identifier { get; }

    /// <summary>The offending field, e.g. <c>Events[3].Kind</c>.</summary>
    public string Field { get; }
}
