using System.Globalization;
using LamTrack.Statistics.Survival;

namespace LamTrack.Application.Statistics;

/// <summary>Writes a Kaplan–Meier table in the layout of R's <c>survfit</c> summary.</summary>
/// <remarks>
/// Columns <c>time,n_risk,n_event,n_censor,surv,std_err,lowerNN,upperNN</c> with NN the confidence level in
/// percent; <c>std_err</c> is the standard error of the cumulative hazard, as R reports it. Numbers are written
/// in the invariant culture with the shortest text that reads back to the same double; an infinite standard
/// error is <c>Inf</c> and an undefined limit <c>NA</c>, as in R.
/// </remarks>
internal static class KaplanMeierCsvWriter
{
    public static void Write(KaplanMeierCurve curve, TextWriter writer)
    {
        string level = (curve.Options.ConfidenceLevel * 100).ToString("0.###", CultureInfo.InvariantCulture);
        writer.Write($"time,n_risk,n_event,n_censor,surv,std_err,lower{level},upper{level}\n");
        for (int i = 0; i < curve.Count; i++)
        {
            KaplanMeierStep s = curve[i];
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{Number(s.Time)},{s.AtRisk},{s.Events},{s.Censored},{Number(s.Survival)},{Number(s.StdErrCumulativeHazard)},{Number(s.Lower)},{Number(s.Upper)}\n"));
        }
    }

    private static string Number(double? value) => value switch
    {
        null => "NA",
        double v when double.IsPositiveInfinity(v) => "Inf",
        double v => v.ToString("R", CultureInfo.InvariantCulture),
    };
}
