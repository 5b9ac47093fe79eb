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

    private static readonly List<DatedVolume> s_none = [];

    public static IReadOnlyList<Fev1Trend> Compute(Patient patient, ExposureTimeline timeline)
    {
        // One pass, one list per exposure (indexed by the enum's value, 1..4): this runs once per patient of a registry.
        var all = new List<DatedVolume>();
        var byKind = new List<DatedVolume>?[(int)ExposureKind.After + 1];
        foreach (PulmonaryFunctionTest test in patient.EventsOf<PulmonaryFunctionTest>())
        {
            if (test.Get(PftMeasure.Fev1)?.Absolute is not { } absolute)
            {
                continue;
            }

            var value = new DatedVolume(test.Date.Midpoint, absolute.ToVolume());
            all.Add(value);
            if (timeline.SegmentAt(DayNumber.Mid(test.Date))?.Kind is ExposureKind kind)
            {
                (byKind[(int)kind] ??= []).Add(value);
            }
        }

        var trends = new List<Fev1Trend>(1 + ByExposure<int>.Kinds.Count) { Trend("all", all) };
        foreach (ExposureKind kind in ByExposure<int>.Kinds)
        {
            trends.Add(Trend(s_scopes[kind], byKind[(int)kind] ?? s_none));
        }

        return trends;
    }

    private static Fev1Trend Trend(string scope, List<DatedVolume> values)
    {
        bool enough = values.Count >= 2 && values.Exists(v => v.Date != values[0].Date);
        return new Fev1Trend(scope, values.Count, enough ? VolumeTrend.Fit(values) : null);
    }
}
