using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Patients;

/// <summary>A patient's clinical record: who she is, where the data come from, and her dated timeline of events.</summary>
/// <remarks>
/// Events are kept in date order (<see cref="ClinicalDate"/> ordering, then identifier). Sirolimus dose changes live in
/// their <see cref="SirolimusCourse"/>. Cross-event consistency is checked by <see cref="PatientValidator"/>.
/// </remarks>
public sealed record Patient
{
    /// <summary>Creates a patient record; events are sorted by date.</summary>
    public Patient(string id, SourceDocument document, IEnumerable<ClinicalEvent> events)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(events);
        Id = id;
        Document = document;
        ClinicalEvent[] given = [.. events];
        _events = InTimelineOrder(given) ? given : [.. given.Order(s_timelineOrder)];
    }

    // Date order, then identifier; the sort is stable, so events equal in both keep their given order.
    private static readonly Comparer<ClinicalEvent> s_timelineOrder = Comparer<ClinicalEvent>.Create(CompareInTimeline);

    private static int CompareInTimeline(ClinicalEvent a, ClinicalEvent b)
    {
        int byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    // Files and the store keep events in order already; checking is one pass, sorting would be n log n and garbage.
    private static bool InTimelineOrder(ClinicalEvent[] events)
    {
        for (int i = 1; i < events.Length; i++)
        {
            if (CompareInTimeline(events[i - 1], events[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The patient identifier, unique within a data set.</summary>
    public string Id { get; }

    /// <summary>A display label ("Case 1").</summary>
    public string? Label { get; init; }

    /// <summary>The document the record comes from.</summary>
    public SourceDocument Document { get; }

    /// <summary>Administrative sex.</summary>
    public Sex Sex { get; init; } = Sex.Female;

    /// <summary>Smoking status as stated.</summary>
    public SmokingStatus Smoking { get; init; } = SmokingStatus.Unknown;

    /// <summary>The age the source states, and when.</summary>
    public StatedAge? Age { get; init; }

    /// <summary>The end of follow-up; no event may lie after it.</summary>
    public ClinicalDate? FollowUpEnd { get; init; }

    /// <summary>How calendar dates were resolved when the source gives only relative times.</summary>
    public string? DateConvention { get; init; }

    /// <summary>Curator's notes: source conflicts, inferences, approximations.</summary>
    public IReadOnlyList<CurationNote> Notes { get; init; } = [];

    private readonly ClinicalEvent[] _events;

    /// <summary>The timeline, in date order.</summary>
    public IReadOnlyList<ClinicalEvent> Events => _events;

    /// <summary>The events of one type, in date order.</summary>
    public IEnumerable<T> EventsOf<T>()
        where T : ClinicalEvent => Events.OfType<T>();

    /// <summary>Pneumothorax episodes in date order.</summary>
    public IEnumerable<PneumothoraxEpisode> Episodes => EventsOf<PneumothoraxEpisode>();

    /// <summary>Sirolimus courses in date order.</summary>
    public IEnumerable<SirolimusCourse> SirolimusCourses => EventsOf<SirolimusCourse>();

    /// <summary>The first sirolimus start, or null when never treated.</summary>
    public ClinicalDate? FirstSirolimusStart => SirolimusCourses.FirstOrDefault()?.Date;

    /// <summary>Every event including the dose changes nested in courses, unsorted: <see cref="Events"/>, then each
    /// course's dose changes. For checks that visit every event and need no order.</summary>
    /// <remarks>A new list each call.</remarks>
    public IReadOnlyList<ClinicalEvent> EventsAndDoseChanges => EventsAndDoseChangesArray();

    /// <summary>Every event including the dose changes nested in courses, in date order.</summary>
    public IEnumerable<ClinicalEvent> AllEvents => EventsAndDoseChanges.OrderBy(e => e.Date);

    /// <summary><see cref="EventsAndDoseChanges"/> as an array, for the checks that walk it by index.</summary>
    /// <remarks>Filled by two loops: the validator walks it on every record read, and the chain of enumerators it
    /// replaced (a concatenation, a type filter and a flattening, each an object and an interface call per item) cost
    /// more at registry size than the checks it fed (docs/benchmarks.md).</remarks>
    internal ClinicalEvent[] EventsAndDoseChangesArray()
    {
        int count = _events.Length;
        foreach (ClinicalEvent e in _events)
        {
            count += e is SirolimusCourse course ? course.DoseChanges.Count : 0;
        }

        var all = new ClinicalEvent[count];
        _events.CopyTo(all, 0);
        int at = _events.Length;
        for (int i = 0; at < count; i++)
        {
            if (_events[i] is SirolimusCourse course)
            {
                for (int j = 0; j < course.DoseChanges.Count; j++)
                {
                    all[at++] = course.DoseChanges[j];
                }
            }
        }

        return all;
    }
}
