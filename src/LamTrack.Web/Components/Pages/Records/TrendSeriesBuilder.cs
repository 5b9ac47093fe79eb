using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Reads the lung-function and walk-test measurements of a record into chart series, in the units the record states.</summary>
/// <remarks>Volumes are shown in L, DLCO in mmol/min/kPa and distances in m, converted by the Measures types; imprecise dates sit on their middle day.</remarks>
public static class TrendSeriesBuilder
{
    /// <summary>FEV1, FVC, DLCO and six-minute-walk series of <paramref name="patient"/>.</summary>
    public static IReadOnlyList<TrendSeries> Build(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var start = patient.FirstSirolimusStart?.Midpoint;
        PulmonaryFunctionTest[] tests = [.. patient.EventsOf<PulmonaryFunctionTest>()];
        return
        [
            new TrendSeries("FEV1", "L", Points(tests, PftMeasure.Fev1, v => v.ToVolume().ToLitres())) { TherapyStart = start },
            new TrendSeries("FVC", "L", Points(tests, PftMeasure.Fvc, v => v.ToVolume().ToLitres())) { TherapyStart = start },
            new TrendSeries("DLCO", "mmol/min/kPa", Points(tests, PftMeasure.Dlco, v => v.ToDiffusingCapacity().ToMillimolesPerMinutePerKilopascal())) { TherapyStart = start },
            new TrendSeries("Six-minute walk", "m", [.. patient.EventsOf<SixMinuteWalk>().Select(w => Point(w, w.Distance.ToMetres()))]) { TherapyStart = start },
        ];
    }

    private static List<TrendPoint> Points(IEnumerable<PulmonaryFunctionTest> tests, PftMeasure measure, Func<LamTrack.Measures.Units.Measurement, double> value) =>
        [.. tests.Where(t => t.Get(measure)?.Absolute is not null).Select(t => Point(t, value(t.Get(measure)!.Absolute!)))];

    private static TrendPoint Point(ClinicalEvent e, double value) =>
        new(e.Date.Midpoint, value) { Source = TimelineModelBuilder.SourceText(e.Source) };
}
