namespace LamTrack.Application.Problems;

/// <summary>Thrown by a port (a store, an importer) when an operation fails for a reason the user can put right.</summary>
/// <remarks>Adapters turn their own coded errors (a storage exception, an unreadable file) into this exception; services
/// catch it and return the <see cref="Problem"/> in their result, so no service throws for a user mistake.</remarks>
public sealed class ProblemException : Exception
{
    /// <summary>Creates the exception for <paramref name="problem"/>.</summary>
    public ProblemException(Problem problem)
        : base(problem?.Message) => Problem = problem ?? throw new ArgumentNullException(nameof(problem));

    /// <summary>Creates the exception for <paramref name="problem"/>, keeping the adapter's own error.</summary>
    public ProblemException(Problem problem, Exception innerException)
        : base(problem?.Message, innerException) => Problem = problem ?? throw new ArgumentNullException(nameof(problem));

    /// <summary>Creates an exception with an uncoded problem; prefer the coded constructors.</summary>
    public ProblemException()
        : this(new Problem(ApplicationProblemCodes.Unexpected, "an operation failed"))
    {
    }

    /// <summary>Creates an exception with an uncoded problem; prefer the coded constructors.</summary>
    public ProblemException(string message)
        : this(new Problem(ApplicationProblemCodes.Unexpected, message))
    {
    }

    /// <summary>Creates an exception with an uncoded problem; prefer the coded constructors.</summary>
    public ProblemException(string message, Exception innerException)
        : this(new Problem(ApplicationProblemCodes.Unexpected, message), innerException)
    {
    }

    /// <summary>What went wrong, with its code and location.</summary>
    public Problem Problem { get; }
}
