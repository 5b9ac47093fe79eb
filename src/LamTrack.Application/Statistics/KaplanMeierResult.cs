using LamTrack.Application.Problems;
using LamTrack.Statistics.Survival;

namespace LamTrack.Application.Statistics;

/// <summary>The fitted curve (its table written to the output file), or why nothing was written.</summary>
/// <param name="Curve">The Kaplan–Meier curve; null when nothing was written.</param>
/// <param name="Problems">The input is missing (<c>APP-006</c>), has bad rows (<c>APP-007</c>, one per problem, each
/// naming file, line, field and reason), or the output folder is missing (<c>APP-008</c>).</param>
public sealed record KaplanMeierResult(KaplanMeierCurve? Curve, IReadOnlyList<Problem> Problems)
{
    /// <summary>The counts and the median of <see cref="Curve"/>; null when nothing was written.</summary>
    public KaplanMeierSummary? Summary => Curve is null ? null : KaplanMeierSummary.Of(Curve);
}
