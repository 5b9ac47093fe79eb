using LamTrack.Application.Problems;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Builds the <c>PK-…</c> problems; the text is the engine's own wording, which the command line prints unchanged.</summary>
internal static class PkProblems
{
    public static Problem From(string code, string text, string? file = null) =>
        new(code, text, file is null ? null : ProblemLocation.OfFile(file)) { Text = text };

    public static DoseProposalOutcome Failed(Problem problem) => new(null, [problem]);
}
