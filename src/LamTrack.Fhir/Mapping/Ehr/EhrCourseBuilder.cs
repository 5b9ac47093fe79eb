using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>Joins a patient's EHR medication exposures into sirolimus courses (with dose changes) and co-medication
/// periods.</summary>
/// <remarks>
/// Rules (docs/fhir.md, "EHR data"): exposures of one concept are taken in order of their first day. The first opens a
/// course; each later one continues it unless it starts more than <c>gapDays</c> after the last day the course is known
/// to cover, which closes the course at that day and opens a new one. An exposure whose daily dose differs from the
/// course's current dose is a dose change on its first day. The last day covered is the exposure's end (validity
/// period, effective period end, days supply) or, for an administration, its day; an exposure without an end leaves the
/// course open. A course stops at its last day covered when a gap follows it, when its last exposure is stopped or
/// completed, or when it was built from administrations (an administration says nothing about the days after it).
/// Administrations of one day are added up into one daily dose.
/// </remarks>
internal static class EhrCourseBuilder
{
    /// <summary>The default gap, in days, after which the next exposure starts a new course. An assumption (not a
    /// sourced value), configurable through <c>ImportOptions.CourseGapDays</c>.</summary>
    public const int DefaultGapDays = 14;

    public static IEnumerable<ClinicalEvent> Build(IReadOnlyList<MedicationExposure> exposures, int gapDays)
    {
        foreach (var group in exposures.GroupBy(e => e.Concept, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = DailyAdministrations(group).OrderBy(e => e.Start.Earliest).ThenBy(e => e.EventId, StringComparer.Ordinal).ToList();
            foreach ((List<MedicationExposure> run, bool closedByGap) in Runs(ordered, gapDays))
            {
                ClinicalDate? stop = StopOf(run, closedByGap);
                yield return group.Key == "drug:sirolimus" ? Course(run, stop) : CoMedicationPeriod(run, group.Key, stop);
            }
        }
    }

    private static IEnumerable<MedicationExposure> DailyAdministrations(IEnumerable<MedicationExposure> exposures)
    {
        foreach (var day in exposures.GroupBy(e => e.IsAdministration ? e.Start.Earliest.ToString() : e.EventId, StringComparer.Ordinal))
        {
            MedicationExposure first = day.First();
            if (!first.IsAdministration || day.Count() == 1)
            {
                foreach (MedicationExposure e in day)
                {
                    yield return e;
                }

                continue;
            }

            bool allDosed = day.All(e => e.Dose is not null);
            yield return first with { Dose = allDosed ? DailyDose.FromMilligramsPerDay(day.Sum(e => e.Dose!.Value.ToMilligramsPerDay())) : null };
        }
    }

    private static IEnumerable<(List<MedicationExposure> Run, bool ClosedByGap)> Runs(List<MedicationExposure> ordered, int gapDays)
    {
        var run = new List<MedicationExposure>();
        LocalDate? covered = null;
        foreach (MedicationExposure e in ordered)
        {
            if (run.Count > 0 && covered is LocalDate last && e.Start.Earliest > last.PlusDays(gapDays))
            {
                yield return (run, true);
                run = [];
            }

            bool open = run.Count > 0 && covered is null;
            run.Add(e);
            covered = open ? null : LastDay(e) is LocalDate day ? (covered is LocalDate c && c > day ? c : day) : null;
        }

        if (run.Count > 0)
        {
            yield return (run, false);
        }
    }

    private static LocalDate? LastDay(MedicationExposure e) => e.End?.Latest ?? (e.IsAdministration ? e.Start.Latest : null);

    private static ClinicalDate? StopOf(List<MedicationExposure> run, bool closedByGap)
    {
        MedicationExposure last = run[^1];
        if (!closedByGap && !last.Stopped && !last.IsAdministration)
        {
            return null;
        }

        LocalDate? end = run.Select(LastDay).Max();
        return end is LocalDate day && run.TrueForAll(e => LastDay(e) is not null) ? ClinicalDate.OnDay(day) : last.Stopped ? last.End ?? last.Start : null;
    }

    private static SirolimusCourse Course(List<MedicationExposure> run, ClinicalDate? stop)
    {
        MedicationExposure first = run[0];
        var changes = new List<DoseChange>();
        DailyDose? current = first.Dose;
        foreach (MedicationExposure e in run.Skip(1).Where(e => e.Dose is not null && e.Dose != current))
        {
            changes.Add(new DoseChange(e.EventId, e.Start, e.Source, e.Dose!.Value));
            current = e.Dose;
        }

        return new SirolimusCourse(first.EventId, first.Start, first.Source) { StartingDose = first.Dose, DoseChanges = changes, Stop = stop };
    }

    private static CoMedication CoMedicationPeriod(List<MedicationExposure> run, string concept, ClinicalDate? stop)
    {
        MedicationExposure first = run[0];
        return new CoMedication(first.EventId, first.Start, first.Source, first.Therapy)
        {
            Agents = [concept[(concept.IndexOf(':', StringComparison.Ordinal) + 1)..]],
            Stop = stop,
        };
    }
}
