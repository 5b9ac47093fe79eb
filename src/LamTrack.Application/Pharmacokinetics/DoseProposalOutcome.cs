using LamTrack.Application.Problems;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>The answer to a dose-proposal request: the report (when one could be made) and the problems found.</summary>
/// <param name="Report">The report, or null when the request failed before one could be made.</param>
/// <param name="Problems">The problems, each with its <c>PK-…</c> code; empty on success.</param>
public sealed record DoseProposalOutcome(DoseProposalReport? Report, IReadOnlyList<Problem> Problems)
{
    /// <summary>True when there is a report and no error.</summary>
    public bool Succeeded => Report is not null && !Problems.Any(p => p.IsError);
}
