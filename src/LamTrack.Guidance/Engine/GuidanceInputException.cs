namespace LamTrack.Guidance.Engine;

/// <summary>The patient record or the as-of date cannot be evaluated; no finding is produced. Every problem is listed.</summary>
/// <remarks>Raised when the record failed validation (a finding is never produced from invalid data) or the as-of date is before the patient's first event.</remarks>
public sealed class GuidanceInputException : Exception
{
    /// <summary>Creates the exception from the list of problems, each naming the patient, the event or field and the reason.</summary>
    public GuidanceInputException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception from one problem.</summary>
    public GuidanceInputException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates an exception without problems (serialisation pattern); prefer the other constructors.</summary>
    public GuidanceInputException()
        : this("the patient record cannot be evaluated")
    {
    }

    /// <summary>Creates the exception from one problem and its cause.</summary>
    public GuidanceInputException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Every problem found, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
