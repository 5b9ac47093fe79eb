using LamTrack.Analytics.Exposure;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Statistics.Regression;

namespace LamTrack.Analytics.Lung;

/// <summary>FEV1 slopes per patient: over all follow-up and within each exposure.</summary>
/// <remarks>Uses absolute FEV1 (litres) of each pulmonary function test, dated at its midpoint; a slope needs two measurements on different dates.</remarks>
internal static class Fev1Trends
{
    private static readonly Dictionary<ExposureKind, string> s_scopes = Enum.GetValues<ExposureKind>().ToDictionary(k => k, k => k.ToString().ToLowerInvariant());

    public static IReadOnlyList<Fev1Trend> Compute(Patient patient, ExposureTimeline timeline)
    {
        var all = new List<(DatedVolume Value, ExposureKind? Kind)>();
        foreach (PulmonaryFunctionTest test in patient.EventsOf<PulmonaryFunctionTest>())
        {
            if (test.Get(PftMeasure.Fev1)?.Absolute is { } absolute)
            {
                var date = test.Date.Midpoint;
                all.Add((new DatedVolume(date, absolute.ToVolume()), timeline.SegmentAt(DayNumber.Mid(test.Date))?.Kind));
            }
        }

        var trends = new List<Fev1Trend> { Trend("all", [.. all.Select(a => a.Value)]) };
        foreach (ExposureKind kind in ByExposure<int>.Kinds)
        {
            trends.Add(Trend(s_scopes[kind], [.. all.Where(a => a.Kind == kind).Select(a => a.Value)]));
        }

        return trends;
    }

    private static Fev1Trend Trend(string scope, List<DatedVolume> values)
    {
        bool enough = values.Count >= 2 && values.Select(v => v.Date).Distinct().Count() >= 2;
        return new Fev1Trend(scope, values.Count, enough ? VolumeTrend.Fit(values) : null);
    }
}
