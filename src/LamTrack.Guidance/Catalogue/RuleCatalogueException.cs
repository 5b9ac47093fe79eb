namespace LamTrack.Guidance.Catalogue;

/// <summary>The rule catalogue (or a settings or perpetrator file) is invalid; every problem is listed with its location.</summary>
/// <remarks>Each problem names the file, the record (index and id), the field and the reason.</remarks>
public sealed class RuleCatalogueException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public RuleCatalogueException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception from one problem.</summary>
    public RuleCatalogueException(string problem)
        : this([problem])
    {
    }

    /// <summary>Creates an exception without problems (serialisation pattern); prefer the other constructors.</summary>
    public RuleCatalogueException()
        : this("the catalogue is invalid")
    {
    }

    /// <summary>Creates the exception from one problem and its cause.</summary>
    public RuleCatalogueException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Every problem found, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
