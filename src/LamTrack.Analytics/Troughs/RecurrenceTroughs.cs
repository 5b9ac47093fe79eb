using System.Globalization;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Exposure;
using LamTrack.Domain.Events;

namespace LamTrack.Analytics.Troughs;

/// <summary>Finds the last trough before each recurrence after sirolimus start.</summary>
/// <remarks>Individual results come first; when none precedes the onset, the latest reported range that began before it is used.</remarks>
internal static class RecurrenceTroughs
{
    public static IReadOnlyList<TroughAtRecurrence> Find(TroughIndex troughs, List<CountedEpisode> episodes, ExposureTimeline timeline)
    {
        if (timeline.FirstSirolimusStart is not int start)
        {
            return [];
        }

        var found = new List<TroughAtRecurrence>();
        foreach (CountedEpisode e in episodes.Where(e => DayNumber.Of(e.Onset) >= start))
        {
            int onset = DayNumber.Of(e.Onset);
            // The last result on or before the onset: the one before the first result after it.
            int last = troughs.FirstAtOrAfter(onset + 1) - 1;
            found.Add(last >= 0 ? FromResult(e, troughs.Troughs[last].Result, onset - troughs.Days[last]) : FromRange(e, troughs.Summaries, onset));
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
