using System.Globalization;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Interactions;
using NodaTime;

namespace LamTrack.Dosing;

/// <summary>Builds the PK engine's treatment from a patient's record: sirolimus courses and dose changes, troughs (including
/// censored ones) and co-medication periods.</summary>
/// <remarks>
/// Dates are placed at their midpoint (approximate dates are listed as assumptions); doses are one per day at 08:00 while a
/// course runs ([start, stop) on midpoints); a trough on day D is drawn at 08:00 just before that day's dose. Days on which
/// a course runs with no stated dose are not modelled, and troughs on or after them are dropped (with a note).
/// "Undetectable" without a limit uses the assumed detection limit; "&gt; x" is right-censored. Co-medications become
/// periods per named agent; when the record names none, an assumed agent from the options is used (and said), otherwise
/// the therapy itself is passed on and reported as unknown by the engine.
/// </remarks>
public static class PatientPkMapper
{
    private static readonly LocalTime s_doseTime = new(8, 0);

    /// <summary>Maps <paramref name="patient"/>; null when she never had sirolimus.</summary>
    public static PatientPkMapping? Map(Patient patient, PatientPkOptions options)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(options);
        SirolimusCourse[] courses = [.. patient.SirolimusCourses];
        if (courses.Length == 0)
        {
            return null;
        }

        var notes = new List<string>();
        LocalDate first = courses[0].Date.Midpoint;
        var reference = first.At(s_doseTime);
        TroughLevel[] troughs = [.. patient.EventsOf<TroughLevel>()];
        LocalDate decision = options.DecisionDate ?? DefaultDecision(patient, troughs, notes);
        (List<DoseEvent> doses, LocalDate? unknownFrom) = Doses(courses, decision, reference, notes);
        List<Observation> observations = Observations(troughs, first, decision, unknownFrom, reference, options, notes);
        List<CoMedicationPeriod> comeds = CoMedications(patient, reference, options, notes);
        NoteApproximateDates(patient, notes);
        double? current = courses.Select(c => c.DoseOn(decision.PlusDays(-1))?.ToMilligramsPerDay()).LastOrDefault(d => d is not null);
        var covariates = Covariates(patient, decision, notes);
        var treatment = new PkTreatment(DosingHistory.From(doses), covariates, observations, comeds);
        return new PatientPkMapping(patient.Id, reference, treatment, decision, current, notes);
    }

    private static LocalDate DefaultDecision(Patient patient, TroughLevel[] troughs, List<string> notes)
    {
        LocalDate day = troughs.Length > 0 ? troughs.Max(t => t.Date.Midpoint) : patient.AllEvents.Max(e => e.Date.Midpoint);
        notes.Add($"decision date not given: {day:yyyy-MM-dd}, the day of the {(troughs.Length > 0 ? "last trough" : "last record")}, is used");
        return day;
    }

    private static (List<DoseEvent> Doses, LocalDate? UnknownFrom) Doses(SirolimusCourse[] courses, LocalDate decision, LocalDateTime reference, List<string> notes)
    {
        var doses = new List<DoseEvent>();
        LocalDate? unknownFrom = null;
        foreach (SirolimusCourse course in courses)
        {
            LocalDate end = course.Stop?.Midpoint ?? decision;
            for (LocalDate day = course.Date.Midpoint; day < end && day < decision; day = day.PlusDays(1))
            {
                double? mg = course.DoseOn(day)?.ToMilligramsPerDay();
                if (mg is > 0)
                {
                    doses.Add(DoseEvent.Create(PatientPkMapping.HoursFrom(reference, day), mg.Value, DoseCompartment.Depot, 0));
                }
                else if (mg is null && unknownFrom is null)
                {
                    unknownFrom = day;
                    notes.Add($"course {course.Id}: no dose stated from {day:yyyy-MM-dd}; those days are not modelled and later troughs are not used");
                }
            }
        }

        return (doses, unknownFrom);
    }

    private static List<Observation> Observations(
        TroughLevel[] troughs, LocalDate first, LocalDate decision, LocalDate? unknownFrom, LocalDateTime reference, PatientPkOptions options, List<string> notes)
    {
        var result = new List<Observation>();
        foreach (TroughLevel t in troughs.OrderBy(t => t.Date.Midpoint))
        {
            LocalDate day = t.Date.Midpoint;
            if (day <= first || day > decision || (unknownFrom is LocalDate u && day >= u))
            {
                notes.Add($"trough {t.Id} ({t.Result}, {day:yyyy-MM-dd}) not used: outside the modelled dosing period");
                continue;
            }

            result.Add(ToObservation(t, PatientPkMapping.HoursFrom(reference, day), options, notes));
        }

        return result;
    }

    private static Observation ToObservation(TroughLevel t, double hours, PatientPkOptions options, List<string> notes)
    {
        TroughResult r = t.Result;
        double? limit = r.Limit?.ToNanogramsPerMillilitre();
        switch (r.Censoring)
        {
            case TroughCensoring.AboveLimit:
                return Observation.AboveLimit(hours, limit!.Value);
            case TroughCensoring.BelowLimit:
                return Observation.BelowLimit(hours, limit!.Value);
            case TroughCensoring.Undetectable:
                if (limit is null)
                {
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"trough {t.Id} undetectable with no stated limit: detection limit {options.UndetectableLimitNanogramsPerMillilitre} ng/mL assumed"));
                }

                return Observation.BelowLimit(hours, limit ?? options.UndetectableLimitNanogramsPerMillilitre);
            default:
                return Observation.Measured(hours, r.Value!.Value.ToNanogramsPerMillilitre());
        }
    }

    private static List<CoMedicationPeriod> CoMedications(Patient patient, LocalDateTime reference, PatientPkOptions options, List<string> notes)
    {
        var periods = new List<CoMedicationPeriod>();
        foreach (CoMedication c in patient.EventsOf<CoMedication>())
        {
            double start = PatientPkMapping.HoursFrom(reference, c.Date.Midpoint);
            double? stop = c.Stop is null ? null : PatientPkMapping.HoursFrom(reference, c.Stop.Midpoint);
            IEnumerable<string> agents = c.Agents.Count > 0 ? c.Agents : AssumedAgent(c, options, notes);
            periods.AddRange(agents.Select(a => new CoMedicationPeriod(a, start, stop)));
            if (c.Stop is null)
            {
                notes.Add($"co-medication {c.Id} ({c.Therapy}) has no stop date: assumed ongoing");
            }
        }

        return periods;
    }

    private static IEnumerable<string> AssumedAgent(CoMedication c, PatientPkOptions options, List<string> notes)
    {
        foreach (KeyValuePair<string, string> kv in options.AssumedAgents)
        {
            if (string.Equals(kv.Key.Trim(), c.Therapy.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                notes.Add($"co-medication {c.Id}: the record does not name the drugs of '{c.Therapy}'; ASSUMED {kv.Value} (user option)");
                return [kv.Value];
            }
        }

        return [c.Therapy];
    }

    private static Dictionary<string, double> Covariates(Patient patient, LocalDate decision, List<string> notes)
    {
        var covariates = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (patient.Age is StatedAge age)
        {
            LocalDate asOf = age.AsOf?.Midpoint ?? decision;
            covariates["AGE"] = age.Age.ToYears() + (Period.DaysBetween(asOf, decision) / 365.25);
        }
        else
        {
            notes.Add("age not recorded");
        }

        return covariates;
    }

    private static void NoteApproximateDates(Patient patient, List<string> notes)
    {
        int approximate = patient.AllEvents.Count(e => e is SirolimusCourse or DoseChange or TroughLevel or CoMedication && (e.Date.IsApproximate || e.Date.Earliest != e.Date.Latest));
        if (approximate > 0)
        {
            notes.Add($"{approximate} dosing, trough or co-medication date(s) are approximate or ranges: each is placed at its midpoint");
        }
    }
}
