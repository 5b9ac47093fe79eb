using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Exposure;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Measures.Units;
using LamTrack.Statistics.Regression;
using NodaTime;

namespace LamTrack.Application.Analysis;

/// <summary>A patient's FEV1, FVC, DLCO and six-minute-walk slopes before and on sirolimus (the patient page's trends).</summary>
/// <remarks>
/// The periods are the exposure periods of the patient's analysis (<see cref="PatientAnalyzer.Analyze"/> with the
/// default options): a measurement counts for the period holding its date's midpoint, as the cohort analysis places its
/// FEV1 slopes (<see cref="PatientAnalysis.Fev1"/>), so the FEV1 slopes here are those slopes. A period with fewer than two
/// measurements, or all on one day, has no slope.
/// </remarks>
public static class LungFunctionSlopes
{
    private const double DaysPerYear = 365.25;

    /// <summary>The slopes of <paramref name="patient"/>, by measure (FEV1, FVC, DLCO, six-minute walk), then before and on therapy.</summary>
    public static IReadOnlyList<LungFunctionSlope> Of(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        IReadOnlyList<ExposurePeriod> periods = PatientAnalyzer.Analyze(patient, AnalysisOptions.Default).Periods;
        PulmonaryFunctionTest[] tests = [.. patient.EventsOf<PulmonaryFunctionTest>()];
        (string Name, string Unit, List<(LocalDate Day, double Value)> Points)[] series =
        [
            ("FEV1", "L", Pft(tests, PftMeasure.Fev1, m => m.ToVolume().ToLitres())),
            ("FVC", "L", Pft(tests, PftMeasure.Fvc, m => m.ToVolume().ToLitres())),
            ("DLCO", "mmol/min/kPa", Pft(tests, PftMeasure.Dlco, m => m.ToDiffusingCapacity().ToMillimolesPerMinutePerKilopascal())),
            ("Six-minute walk", "m", [.. patient.EventsOf<SixMinuteWalk>().Select(w => (w.Date.Midpoint, w.Distance.ToMetres()))]),
        ];
        return [.. series.SelectMany(s => Slopes(s.Name, s.Unit, s.Points, periods))];
    }

    private static List<(LocalDate Day, double Value)> Pft(IEnumerable<PulmonaryFunctionTest> tests, PftMeasure measure, Func<Measurement, double> value) =>
        [.. tests.Where(t => t.Get(measure)?.Absolute is not null).Select(t => (t.Date.Midpoint, value(t.Get(measure)!.Absolute!)))];

    private static IEnumerable<LungFunctionSlope> Slopes(string measure, string unit, List<(LocalDate Day, double Value)> points, IReadOnlyList<ExposurePeriod> periods)
    {
        foreach ((ExposureKind kind, string scope) in new[] { (ExposureKind.Before, "before"), (ExposureKind.On, "on") })
        {
            (LocalDate Day, double Value)[] inScope = [.. points.Where(p => periods.Any(r => r.Kind == kind && r.Start <= p.Day && p.Day < r.End)).OrderBy(p => p.Day)];
            if (inScope.Length >= 2 && inScope[^1].Day != inScope[0].Day)
            {
                yield return Fit(measure, scope, unit, inScope);
            }
        }
    }

    private static LungFunctionSlope Fit(string measure, string scope, string unit, (LocalDate Day, double Value)[] points)
    {
        LocalDate first = points[0].Day;
        double[] days = [.. points.Select(p => (double)Period.DaysBetween(first, p.Day))];
        LinearFit fit = LeastSquaresLine.Fit(days, [.. points.Select(p => p.Value)]);
        return new LungFunctionSlope(measure, scope, unit, points.Length, first, points[^1].Day, fit.Intercept, fit.Intercept + (fit.Slope * days[^1]), fit.Slope * DaysPerYear);
    }
}
