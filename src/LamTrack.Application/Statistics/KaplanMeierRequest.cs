using LamTrack.Statistics.Survival;

namespace LamTrack.Application.Statistics;

/// <summary>Fit a Kaplan–Meier curve to a <c>time,status</c> CSV file and write its table.</summary>
/// <param name="InputPath">CSV with columns <c>time</c> (≥ 0) and <c>status</c> (1 event, 0 censored); other columns are ignored.</param>
/// <param name="OutputPath">The CSV to write (<c>time,n_risk,n_event,n_censor,surv,std_err,lowerNN,upperNN</c>), replaced whole.</param>
/// <param name="Options">Confidence-interval type and level.</param>
public sealed record KaplanMeierRequest(string InputPath, string OutputPath, KaplanMeierOptions Options);
