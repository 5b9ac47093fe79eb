using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Analytics.Troughs;

/// <summary>A patient's individual trough results sorted by day, built once and shared by every course.</summary>
internal sealed class TroughIndex
{
    private TroughIndex(int[] days, TroughLevel[] troughs, List<TroughSummary> summaries)
    {
        Days = days;
        Troughs = troughs;
        Summaries = summaries;
    }

    public int[] Days { get; }

    public TroughLevel[] Troughs { get; }

    public List<TroughSummary> Summaries { get; }

    public static TroughIndex Build(Patient patient)
    {
        var troughs = new List<TroughLevel>();
        var summaries = new List<TroughSummary>();
        foreach (ClinicalEvent e in patient.Events)
        {
            if (e is TroughLevel t)
            {
                troughs.Add(t);
            }
            else if (e is TroughSummary s)
            {
                summaries.Add(s);
            }
        }

        int[] days = [.. troughs.Select(t => DayNumber.Mid(t.Date))];
        TroughLevel[] sorted = [.. troughs];
        Array.Sort(days, sorted);
        return new TroughIndex(days, sorted, summaries);
    }

    /// <summary>The index of the first result on or after <paramref name="day"/>.</summary>
    public int FirstAtOrAfter(int day)
    {
        int index = Array.BinarySearch(Days, day);
        if (index < 0)
        {
            return ~index;
        }

        // Several results may share a day; step back to the first of them.
        while (index > 0 && Days[index - 1] == day)
        {
            index--;
        }

        return index;
    }
}
