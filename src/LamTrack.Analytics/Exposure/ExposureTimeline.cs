using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Analytics.Exposure;

/// <summary>A patient's follow-up cut into exposure periods, in day numbers, half-open [start, end).</summary>
/// <remarks>
/// Observation starts at the first pneumothorax when it precedes the first sirolimus start, otherwise at the first
/// recorded event. It ends the day after follow-up ends (the follow-up end's midpoint, or the last event's, is the
/// last day observed). Courses run [start, stop) on date midpoints; gaps between courses are interruptions, and
/// time after the last stop is "after".
/// </remarks>
internal sealed class ExposureTimeline
{
    private ExposureTimeline(int start, int end, List<Segment> segments)
    {
        ObservationStart = start;
        End = end;
        Segments = segments;
    }

    public int ObservationStart { get; }

    public int End { get; }

    public List<Segment> Segments { get; }

    public int? FirstSirolimusStart => Segments.FirstOrDefault(s => s.Kind == ExposureKind.On)?.Start;

    public static ExposureTimeline Build(Patient patient, int? firstEpisodeDay)
    {
        List<(int Start, int Stop, SirolimusCourse Course, bool Stopped)> courses = Courses(patient);
        (int firstEventDay, int lastEventDay) = EventDayRange(patient);
        int? firstStart = courses.Count > 0 ? courses[0].Start : null;
        int start = firstEpisodeDay is int ep && (firstStart is null || ep < firstStart) ? ep : firstEventDay;
        start = Math.Min(start, firstStart ?? start);
        int lastDay = patient.FollowUpEnd is { } fu ? DayNumber.Mid(fu) : Math.Max(lastEventDay, start);
        int end = Math.Max(lastDay + 1, start);
        return new ExposureTimeline(start, end, Cut(start, end, courses));
    }

    /// <summary>The first and last event days (dose changes included); (0, 0) for an empty timeline.</summary>
    private static (int First, int Last) EventDayRange(Patient patient)
    {
        int first = int.MaxValue, last = int.MinValue;
        foreach (ClinicalEvent e in patient.Events)
        {
            int day = DayNumber.Mid(e.Date);
            (first, last) = (Math.Min(first, day), Math.Max(last, day));
            if (e is SirolimusCourse course)
            {
                foreach (DoseChange change in course.DoseChanges)
                {
                    int changeDay = DayNumber.Mid(change.Date);
                    (first, last) = (Math.Min(first, changeDay), Math.Max(last, changeDay));
                }
            }
        }

        return first == int.MaxValue ? (0, 0) : (first, last);
    }

    /// <summary>The exposure on <paramref name="day"/>, or null outside observation.</summary>
    public Segment? SegmentAt(int day)
    {
        foreach (Segment s in Segments)
        {
            if (day >= s.Start && day < s.End)
            {
                return s;
            }
        }

        return null;
    }

    private static List<(int, int, SirolimusCourse, bool)> Courses(Patient patient)
    {
        var list = new List<(int, int, SirolimusCourse, bool)>();
        int previousStop = int.MinValue;
        foreach (SirolimusCourse c in patient.SirolimusCourses.OrderBy(c => DayNumber.Mid(c.Date)))
        {
            // Overlapping courses are a validation error; clip defensively so periods never overlap.
            int start = Math.Max(DayNumber.Mid(c.Date), previousStop);
            int stop = c.Stop is null ? int.MaxValue : Math.Max(DayNumber.Mid(c.Stop), start);
            list.Add((start, stop, c, c.Stop is not null));
            previousStop = stop;
        }

        return list;
    }

    private static List<Segment> Cut(int start, int end, List<(int Start, int Stop, SirolimusCourse Course, bool Stopped)> courses)
    {
        var segments = new List<Segment>();
        int cursor = start;
        foreach ((int s, int stop, SirolimusCourse course, _) in courses)
        {
            ExposureKind gapKind = segments.Any(x => x.Kind == ExposureKind.On) ? ExposureKind.Interrupted : ExposureKind.Before;
            Add(segments, gapKind, cursor, Math.Min(s, end), null);
            Add(segments, ExposureKind.On, Math.Max(s, cursor), Math.Min(stop, end), course);
            cursor = Math.Max(cursor, Math.Min(stop, end));
        }

        Add(segments, courses.Count == 0 ? ExposureKind.Before : ExposureKind.After, cursor, end, null);
        return segments;
    }

    private static void Add(List<Segment> segments, ExposureKind kind, int start, int end, SirolimusCourse? course)
    {
        if (end > start)
        {
            segments.Add(new Segment(kind, start, end, course));
        }
    }

    internal sealed record Segment(ExposureKind Kind, int Start, int End, SirolimusCourse? Course);
}
