using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Quantities;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

internal sealed partial class ResourceMapper
{
    // Sirolimus (by RxNorm ingredient) is a course, or a dose change when it is partOf a course; anything else is a
    // co-medication named by its text.
    private void ReadMedication(MedicationStatement m, string key)
    {
        ClinicalDate? date = Date(m.Effective, "MedicationStatement.effective", required: true);
        if (date is null)
        {
            return;
        }

        var medication = m.Medication as CodeableConcept;
        string id = EventIdOf(m, key);
        if (!RxNormCodes.Sirolimus.Matches(medication))
        {
            ReadCoMedication(m, medication, id, date, key);
            return;
        }

        DailyDose? dose = m.Dosage.Count == 0 ? null : Daily(m.Dosage[0], "MedicationStatement.dosage[0]");
        string? course = m.PartOf.Select(p => resolve(p.Reference)).FirstOrDefault(k => k is not null);
        if (course is not null)
        {
            if (dose is null)
            {
                Error(ImportIssueCodes.MissingElement, "MedicationStatement.dosage", "a sirolimus dose change needs its new dose");
                return;
            }

            var change = new DoseChange(id, date, Placeholder(_where), dose.Value) { Reason = m.ReasonCode.FirstOrDefault()?.Text, Note = NoteText(m.Note) };
            _draft!.DoseChanges.Add((change, course, key));
            return;
        }

        Add(new SirolimusCourse(id, date, Placeholder(_where))
        {
            StartingDose = dose,
            Stop = Date(Get(m, Stop), "MedicationStatement.extension[stop]", required: false),
            StopReason = m.StatusReason.FirstOrDefault()?.Text,
            StopSource = SourceMapper.FromExtension(All(m, StopSource).FirstOrDefault()),
            Note = NoteText(m.Note),
        }, key);
    }

    private void ReadCoMedication(MedicationStatement m, CodeableConcept? medication, string id, ClinicalDate date, string key)
    {
        string? therapy = medication?.Text ?? medication?.Coding.FirstOrDefault()?.Display;
        if (therapy is null)
        {
            Error(ImportIssueCodes.MissingElement, "MedicationStatement.medication", "the medication has neither text nor a display");
            return;
        }

        Add(new CoMedication(id, date, Placeholder(_where), therapy)
        {
            Agents = [.. All(m, Agent).Select(e => (e.Value as FhirString)?.Value).OfType<string>()],
            Indication = m.ReasonCode.FirstOrDefault()?.Text,
            Stop = Date(Get(m, Stop), "MedicationStatement.extension[stop]", required: false),
            Note = NoteText(m.Note),
        }, key);
    }

    // dose (mg) × frequency per period (days) = mg/day.
    private DailyDose? Daily(Dosage dosage, string path)
    {
        var q = dosage.DoseAndRate.FirstOrDefault()?.Dose as Quantity;
        var measured = Measure(q, path + ".doseAndRate[0].doseQuantity", LamTrack.Measures.Units.Dimension.Mass);
        Timing.RepeatComponent? repeat = dosage.Timing?.Repeat;
        if (measured is null)
        {
            return null;
        }

        decimal perDay = 1m;
        if (repeat is not null && repeat.PeriodUnit is not null)
        {
            decimal days = repeat.PeriodUnit switch
            {
                Timing.UnitsOfTime.D => 1m,
                Timing.UnitsOfTime.Wk => 7m,
                Timing.UnitsOfTime.H => 1m / 24m,
                _ => 0m,
            };
            if (days == 0m || (repeat.Period ?? 0m) <= 0m)
            {
                Error(ImportIssueCodes.MissingElement, path + ".timing.repeat", "the dose timing must be per hour, day or week");
                return null;
            }

            perDay = (repeat.Frequency ?? 1) / (repeat.Period!.Value * days);
        }

        double milligrams = measured.ToCanonical() * (double)perDay;
        return Typed(() => DailyDose.FromMilligramsPerDay(milligrams), path);
    }
}
