using System.Globalization;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Guidance.Findings;
using LamTrack.Guidance.Settings;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Guidance.Rules;

/// <summary>A patient's record as known on the as-of day, with the queries the rules share.</summary>
/// <remarks>
/// An event is known on day D when its date's midpoint is on or before D (the domain's own convention for an
/// approximate date, as in <see cref="SirolimusCourse.IsActiveOn"/>). Later events are ignored: evaluating as of a
/// past day reproduces what could have been known then.
/// </remarks>
internal sealed class PatientTimeline(Patient patient, LocalDate asOf, GuidanceSettings settings)
{
    // Filtered once: every rule reads the known events, and a date's midpoint is not free to compute.
    private readonly ClinicalEvent[] _known = [.. patient.Events.Where(e => e.Date.Midpoint <= asOf)];
    private SirolimusCourse? _activeCourse;
    private bool _activeCourseSet;

    public Patient Patient { get; } = patient;

    public LocalDate AsOf { get; } = asOf;

    public IEnumerable<T> Known<T>()
        where T : ClinicalEvent => _known.OfType<T>();

    public bool IsKnown(ClinicalDate date) => date.Midpoint <= AsOf;

    public int DaysSince(ClinicalDate date) => Period.DaysBetween(date.Midpoint, AsOf);

    public SirolimusCourse? ActiveCourse
    {
        get
        {
            if (!_activeCourseSet)
            {
                _activeCourse = Known<SirolimusCourse>().FirstOrDefault(c => c.IsActiveOn(AsOf));
                _activeCourseSet = true;
            }

            return _activeCourse;
        }
    }

    public SirolimusCourse? LastCourse => Known<SirolimusCourse>().LastOrDefault();

    public bool OnSirolimus => ActiveCourse is not null;

    /// <summary>The start and the known dose changes of the active course, oldest first, each with the dose from then on.</summary>
    public IReadOnlyList<(ClinicalEvent Event, DailyDose? Dose)> DoseEvents()
    {
        SirolimusCourse? course = ActiveCourse;
        if (course is null)
        {
            return [];
        }

        return [(course, course.StartingDose), .. course.DoseChanges.Where(c => IsKnown(c.Date)).OrderBy(c => c.Date).Select(c => ((ClinicalEvent)c, (DailyDose?)c.NewDose))];
    }

    public IReadOnlyList<TroughLevel> Troughs => [.. Known<TroughLevel>().OrderBy(t => t.Date)];

    public IReadOnlyList<PneumothoraxEpisode> Episodes => [.. Known<PneumothoraxEpisode>().OrderBy(e => e.Date)];

    /// <summary>The latest known episode if it is still open as of the day: its resolution is later, or unrecorded and recent.</summary>
    public PneumothoraxEpisode? OpenEpisode()
    {
        IReadOnlyList<PneumothoraxEpisode> episodes = Episodes;
        if (episodes.Count == 0)
        {
            return null;
        }

        PneumothoraxEpisode last = episodes[^1];
        return last.Resolution is { } resolved
            ? (IsKnown(resolved) ? null : last)
            : (DaysSince(last.Date) <= settings.PneumothoraxAssumedResolvedAfterDays ? last : null);
    }

    /// <summary>The latest known surgery whose wound counts as unhealed on the day (its end is later, or unrecorded and recent).</summary>
    public Intervention? UnhealedSurgery() =>
        Known<Intervention>().Where(IsSurgery).LastOrDefault(i => i.End is { } end
            ? !IsKnown(end)
            : DaysSince(i.Date) <= settings.WoundHealingAssumedDays);

    public static bool IsSurgery(Intervention i) =>
        i.Kind is InterventionKind.SurgicalPleurodesis or InterventionKind.Bullectomy or InterventionKind.OtherSurgery;

    /// <summary>The pregnancy ongoing on the day: its end is later, or unrecorded and within the assumed term.</summary>
    public Domain.Events.Pregnancy? OngoingPregnancy() =>
        Known<Domain.Events.Pregnancy>().LastOrDefault(p => p.End is { } end
            ? !IsKnown(end)
            : Period.DaysBetween(p.Date.Earliest, AsOf) <= settings.PregnancyWithoutEndAssumedWeeks * 7);

    /// <summary>The patient's age on the day, from the stated age and the time since it was stated.</summary>
    public Age? AgeOnDay()
    {
        if (Patient.Age is not { } stated)
        {
            return null;
        }

        double years = stated.Age.ToYears() + (stated.AsOf is { } when ? Period.DaysBetween(when.Midpoint, AsOf) / 365.25 : 0);
        return Age.FromYears(Math.Clamp(years, Age.MinimumYears, Age.MaximumYears));
    }

    /// <summary>A data point for <paramref name="e"/>, marking a date that is approximate or not to the day.</summary>
    public static DataPoint Point(ClinicalEvent e, string name, string value) => Point(e.Date, $"{name} ({e.Id})", value);

    public static DataPoint Point(ClinicalDate date, string name, string value)
    {
        bool exact = date.Precision == DatePrecision.Day && !date.IsApproximate;
        string suffix = exact ? string.Empty : $" [date {date}{(date.IsApproximate ? ", approximate" : string.Empty)}]";
        return new DataPoint(name, value + suffix, date.Midpoint);
    }

    public static string Format(MassConcentration c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.ToNanogramsPerMillilitre():0.###} ng/mL");

    public static string Format(DailyDose? d) =>
        d is { } dose ? string.Create(CultureInfo.InvariantCulture, $"{dose.ToMilligramsPerDay():0.###} mg/day") : "dose not recorded";
}
