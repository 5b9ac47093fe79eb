using LamTrack.Application.Problems;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The answer to a PK request (simulate, estimate, population): the result, when one could be made, and the problems found.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="Result">The result, or null when the request failed before one could be made.</param>
/// <param name="Problems">The problems, each with its <c>PK-…</c> code; empty on success.</param>
public sealed record PkOutcome<TResult>(TResult? Result, IReadOnlyList<Problem> Problems)
    where TResult : class
{
    /// <summary>True when there is a result and no error.</summary>
    public bool Succeeded => Result is not null && !Problems.Any(p => p.IsError);

    /// <summary>A failed outcome with one problem.</summary>
    public static PkOutcome<TResult> Failed(Problem problem) => new(null, [problem]);
}
