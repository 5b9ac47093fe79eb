using LamTrack.Statistics.Survival;

namespace LamTrack.Application.Statistics;

/// <summary>Fit a Kaplan–Meier curve to a <c>time,status</c> CSV file and write its table.</summary>
/// <param name="InputPath">CSV with columns <c>time</c> (≥ 0) and <c>status</c> (1 event, 0 censored); other columns are ignored.</param>
/// <param name="OutputPath">The CSV to write (<c>time,n_risk,n_event,n_censor,surv,std_err,lowerNN,upperNN</c>), replaced whole.</param>
/// <param name="Options">Confidence-interval type and level.</param>
public sealed record KaplanMeierRequest(string InputPath, string OutputPath, KaplanMeierOptions Options)
{
    private static readonly Dictionary<string, ConfidenceIntervalType> s_intervalTypes = new(StringComparer.Ordinal)
    {
        ["log"] = ConfidenceIntervalType.Log,
        ["log-log"] = ConfidenceIntervalType.LogLog,
        ["plain"] = ConfidenceIntervalType.Plain,
    };

    /// <summary>The names of the confidence-interval types, as R's <c>conf.type</c>: <c>log</c> (R's default), <c>log-log</c>, <c>plain</c>.</summary>
    public static IReadOnlyCollection<string> IntervalTypeNames => s_intervalTypes.Keys;

    /// <summary>A request with the interval type named as in <see cref="IntervalTypeNames"/>.</summary>
    /// <param name="inputPath">See <see cref="InputPath"/>.</param>
    /// <param name="outputPath">See <see cref="OutputPath"/>.</param>
    /// <param name="intervalType">One of <see cref="IntervalTypeNames"/>.</param>
    /// <param name="confidenceLevel">Two-sided confidence level in (0, 1).</param>
    /// <exception cref="ArgumentException">The interval type is not one of the names.</exception>
    public static KaplanMeierRequest Create(string inputPath, string outputPath, string intervalType, double confidenceLevel) =>
        s_intervalTypes.TryGetValue(intervalType, out ConfidenceIntervalType type)
            ? new KaplanMeierRequest(inputPath, outputPath, new KaplanMeierOptions { IntervalType = type, ConfidenceLevel = confidenceLevel })
            : throw new ArgumentException($"unknown confidence-interval type '{intervalType}' (one of {string.Join(", ", s_intervalTypes.Keys)})", nameof(intervalType));
}
