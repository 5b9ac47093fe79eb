namespace LamTrack.Statistics.Hypothesis;

/// <summary>The outcome of a paired Wilcoxon signed-rank test.</summary>
/// <param name="Statistic">V, the sum of the ranks of |dᵢ| over positive differences dᵢ = xᵢ − yᵢ (R's <c>V</c>).</param>
/// <param name="PValue">The two-sided p-value, in (0, 1].</param>
/// <param name="Method">Whether <paramref name="PValue"/> is exact or from the normal approximation.</param>
/// <param name="NonZeroPairs">The pairs used: those with a non-zero difference.</param>
/// <param name="ZeroDifferences">Pairs dropped because their difference is zero.</param>
/// <param name="HasTies">Whether two non-zero |dᵢ| are equal (then no exact p-value exists).</param>
public sealed record WilcoxonSignedRankResult(
    double Statistic,
    double PValue,
    PValueMethod Method,
    int NonZeroPairs,
    int ZeroDifferences,
    bool HasTies);
