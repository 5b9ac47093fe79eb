namespace LamTrack.Statistics.Survival;

/// <summary>The columns of a Kaplan–Meier table, held as arrays so that a million rows stay cheap.</summary>
/// <remarks>Arrays may be longer than the table; only the first <c>count</c> entries of each are meaningful.
/// NaN in <see cref="Lower"/> or <see cref="Upper"/> marks an undefined limit.</remarks>
internal sealed record KaplanMeierColumns(
    double[] Times,
    int[] AtRisk,
    int[] Events,
    int[] Censored,
    double[] Survival,
    double[] StdErr,
    double[] Lower,
    double[] Upper);
