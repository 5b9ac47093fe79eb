using System.Globalization;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Exposure;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Analytics.Troughs;

/// <summary>Finds the last trough before each recurrence after sirolimus start.</summary>
/// <remarks>Individual results come first; when none precedes the onset, the latest reported range that began before it is used.</remarks>
internal static class RecurrenceTroughs
{
    public static IReadOnlyList<TroughAtRecurrence> Find(Patient patient, List<CountedEpisode> episodes, ExposureTimeline timeline)
    {
        if (timeline.FirstSirolimusStart is not int start)
        {
            return [];
        }

        var levels = patient.EventsOf<TroughLevel>().Select(t => (Day: DayNumber.Of(t.Date.Midpoint), Trough: t)).OrderBy(t => t.Day).ToList();
        var ranges = patient.EventsOf<TroughSummary>().ToList();
        var found = new List<TroughAtRecurrence>();
        foreach (CountedEpisode e in episodes.Where(e => DayNumber.Of(e.Onset) >= start))
        {
            int onset = DayNumber.Of(e.Onset);
            (int Day, TroughLevel Trough)? last = levels.LastOrDefault(t => t.Day <= onset) is { Trough: not null } l ? l : null;
            found.Add(last is { } hit ? FromResult(e, hit.Trough.Result, onset - hit.Day) : FromRange(e, ranges, onset));
        }

        return found;
    }

    private static TroughAtRecurrence FromResult(CountedEpisode e, TroughResult result, int daysBefore) =>
        new(e.Id, e.Onset, e.Exposure, result.ToString(), LevelSeries.NanogramsPerMillilitre(result), daysBefore, FromRange: false);

    private static TroughAtRecurrence FromRange(CountedEpisode e, List<TroughSummary> ranges, int onset)
    {
        TroughSummary? range = ranges.Where(r => DayNumber.Of(r.Date.Earliest) <= onset).OrderBy(r => r.Date.Latest).LastOrDefault();
        if (range is null)
        {
            return new(e.Id, e.Onset, e.Exposure, null, null, null, FromRange: false);
        }

        double low = range.Low.ToNanogramsPerMillilitre(), high = range.High.ToNanogramsPerMillilitre();
        string text = string.Create(CultureInfo.InvariantCulture, $"{low:0.###}-{high:0.###} ng/mL (range over {range.Date})");
        int daysBefore = Math.Max(0, onset - DayNumber.Of(range.Date.Latest));
        return new(e.Id, e.Onset, e.Exposure, text, (low + high) / 2, daysBefore, FromRange: true);
    }
}
