using LamTrack.Application.Pharmacokinetics;
using LamTrack.Web.Components.Charts;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Dosing;

/// <summary>Reads a dose proposal's forecast, troughs, window and next level into what the forecast chart draws.</summary>
/// <remarks>
/// The report's times are hours after 08:00 on its reference date (doses at 08:00, troughs just before); they become
/// clock times here and nothing else is computed: every value is the dose-proposal service's.
/// </remarks>
public static class ForecastSeriesBuilder
{
    private static readonly LocalTime s_doseTime = new(8, 0);

    /// <summary>The chart series of <paramref name="report"/>; its points are empty when the report has no forecast.</summary>
    public static ForecastSeries Build(DoseProposalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        LocalDateTime origin = report.ReferenceDate.At(s_doseTime);
        IReadOnlyList<ForecastPoint> points = report.Forecast is { } forecast
            ? [.. forecast.Points.Select(p => new ForecastPoint(At(origin, p.HoursFromReference), p.PredictionNanogramsPerMillilitre, p.LowerNanogramsPerMillilitre, p.UpperNanogramsPerMillilitre))]
            : [];
        string regimen = report.Forecast?.Regimen ?? "no regimen";
        return new ForecastSeries($"Forecast trough course with {regimen} from {ChartText.Day(report.DecisionDate)}", points)
        {
            TargetLow = report.Window.LowNanogramsPerMillilitre,
            TargetHigh = report.Window.HighNanogramsPerMillilitre,
            Observations = [.. report.Troughs.Select(t => Observation(origin, t))],
            NextLevel = report.NextTroughDate.At(s_doseTime),
        };
    }

    /// <summary>The chart mark of one measured trough: a level, or its censoring limit drawn as censored.</summary>
    public static ForecastObservation Observation(LocalDateTime origin, TroughPoint trough)
    {
        ArgumentNullException.ThrowIfNull(trough);
        LocalDateTime at = At(origin, trough.HoursFromReference);
        string day = ChartText.Day(trough.Date);
        return trough switch
        {
            { ValueNanogramsPerMillilitre: double value } => new(at, value, TimelineMarker.Level, $"{day}: {Svg.Value(value, 2)} ng/mL"),
            { LowerLimitNanogramsPerMillilitre: double below } => new(at, below, TimelineMarker.BelowLimit, $"{day}: below {Svg.Value(below, 2)} ng/mL"),
            { UpperLimitNanogramsPerMillilitre: double above } => new(at, above, TimelineMarker.AboveLimit, $"{day}: above {Svg.Value(above, 2)} ng/mL"),
            _ => new(at, 0, TimelineMarker.Undetectable, $"{day}: undetectable"),
        };
    }

    private static LocalDateTime At(LocalDateTime origin, double hours) => origin.PlusMinutes((long)Math.Round(hours * 60));
}
