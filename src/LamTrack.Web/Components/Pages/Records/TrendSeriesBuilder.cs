using System.Globalization;
using LamTrack.Application.Analysis;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Web.Components.Charts;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Reads the lung-function and walk-test measurements of a record into chart series, in the units the record states.</summary>
/// <remarks>Volumes are shown in L, DLCO in mmol/min/kPa and distances in m, converted by the Measures types; imprecise dates sit on their middle day.</remarks>
public static class TrendSeriesBuilder
{
    /// <summary>FEV1, FVC, DLCO and six-minute-walk series of <paramref name="patient"/>, each with its slopes before and on
    /// therapy from <see cref="LungFunctionSlopes"/>.</summary>
    public static IReadOnlyList<TrendSeries> Build(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        IReadOnlyList<LungFunctionSlope> slopes = LungFunctionSlopes.Of(patient);
        return [.. Series(patient).Select(s => s with { Fits = [.. slopes.Where(f => f.Measure == s.Name).Select(Fit)] })];
    }

    /// <summary>The chart line of one slope, labelled with its period and its change per year.</summary>
    public static TrendFit Fit(LungFunctionSlope slope)
    {
        ArgumentNullException.ThrowIfNull(slope);
        string label = slope.Scope == "before" ? "before sirolimus" : "on sirolimus";
        // Volumes change by tens of millilitres a year; litres would print as 0.06.
        string rate = slope.Unit == "L"
            ? string.Create(CultureInfo.InvariantCulture, $"{slope.ChangePerYear * 1000:+0;−0} mL/year")
            : string.Create(CultureInfo.InvariantCulture, $"{slope.ChangePerYear:+0.##;−0.##} {slope.Unit}/year");
        return new TrendFit(label, slope.First, slope.ValueAtFirst, slope.Last, slope.ValueAtLast, $"{rate} ({slope.Measurements} measurements)");
    }

    private static IReadOnlyList<TrendSeries> Series(Patient patient)
    {
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
