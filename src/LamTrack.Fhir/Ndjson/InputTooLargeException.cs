namespace LamTrack.Fhir.Ndjson;

/// <summary>Input past a limit of <see cref="Import.FhirInputLimits"/>; caught by the reader and reported as a problem.</summary>
internal sealed class InputTooLargeException : IOException
{
    public InputTooLargeException()
    {
    }

    public InputTooLargeException(string message)
        : base(message)
    {
    }

    public InputTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
