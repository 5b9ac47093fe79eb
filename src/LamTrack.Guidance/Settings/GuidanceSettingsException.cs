namespace LamTrack.Guidance.Settings;

/// <summary>A guidance setting is out of range (a negative window, a low bound above the high bound); every problem is listed.</summary>
public sealed class GuidanceSettingsException : Exception
{
    /// <summary>Creates the exception from the list of problems, each naming the setting and the reason.</summary>
    public GuidanceSettingsException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception from one problem.</summary>
    public GuidanceSettingsException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates an exception without problems (serialisation pattern); prefer the other constructors.</summary>
    public GuidanceSettingsException()
        : this("the guidance settings are invalid")
    {
    }

    /// <summary>Creates the exception from one problem and its cause.</summary>
    public GuidanceSettingsException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Every problem found, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
