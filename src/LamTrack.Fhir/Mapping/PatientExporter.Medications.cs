using Hl7.Fhir.Model;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Quantities;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

public sealed partial class PatientExporter
{
    // A sirolimus course is a MedicationStatement (RxNorm ingredient); each dose change is another one, partOf the course.
    private void AddCourse(SirolimusCourse c)
    {
        var statement = Event(new MedicationStatement
        {
            Status = c.Stop is null ? MedicationStatement.MedicationStatusCodes.Active : MedicationStatement.MedicationStatusCodes.Stopped,
            Medication = RxNormCodes.Sirolimus.ToConcept(),
            Subject = Subject,
            Effective = ClinicalDateMapper.ToFhir(c.Date),
            Dosage = c.StartingDose is null ? [] : [Daily(c.StartingDose.Value)],
            StatusReason = c.StopReason is null ? [] : [new CodeableConcept { Text = c.StopReason }],
            Note = Notes(c.Note),
        }, c);
        Set(statement, Stop, c.Stop is null ? null : ClinicalDateMapper.ToFhir(c.Stop));
        if (c.StopSource is not null)
        {
            AddComplex(statement, StopSource, SourceMapper.ToExtension(c.StopSource));
        }

        foreach (DoseChange change in c.DoseChanges)
        {
            Event(new MedicationStatement
            {
                Status = MedicationStatement.MedicationStatusCodes.Active,
                Medication = RxNormCodes.Sirolimus.ToConcept(),
                PartOf = [new ResourceReference($"MedicationStatement/{c.Id}")],
                Subject = Subject,
                Effective = ClinicalDateMapper.ToFhir(change.Date),
                Dosage = [Daily(change.NewDose)],
                ReasonCode = change.Reason is null ? [] : [new CodeableConcept { Text = change.Reason }],
                Note = Notes(change.Note),
            }, change);
        }
    }

    // A daily dose is written as "dose mg, once a day" (Timing 1 per 1 d), the common sirolimus schedule.
    private static Dosage Daily(DailyDose dose) => new()
    {
        Timing = new Timing { Repeat = new Timing.RepeatComponent { Frequency = 1, Period = 1, PeriodUnit = Timing.UnitsOfTime.D } },
        DoseAndRate = [new Dosage.DoseAndRateComponent { Dose = new Quantity(ToDecimal(dose.ToMilligramsPerDay()), "mg") }],
    };

    private void AddCoMedication(CoMedication m)
    {
        var statement = Event(new MedicationStatement
        {
            Status = m.Stop is null ? MedicationStatement.MedicationStatusCodes.Unknown : MedicationStatement.MedicationStatusCodes.Completed,
            Medication = new CodeableConcept
            {
                Coding = [.. m.Agents.Select(AgentCoding).OfType<Coding>()],
                Text = m.Therapy,
            },
            Category = RegistryCodes.CoMedication.ToConcept(),
            Subject = Subject,
            Effective = ClinicalDateMapper.ToFhir(m.Date),
            ReasonCode = m.Indication is null ? [] : [new CodeableConcept { Text = m.Indication }],
            Note = Notes(m.Note),
        }, m);
        foreach (string agent in m.Agents)
        {
            SetString(statement, Agent, agent);
        }

        Set(statement, Stop, m.Stop is null ? null : ClinicalDateMapper.ToFhir(m.Stop));
    }

    // Agents the terminology table has an export coding for get it; the names themselves are kept in the agent extension.
    private static Coding? AgentCoding(string agent) =>
        TerminologyResolver.Default.AgentOf(agent) is string concept ? TerminologyResolver.Default.ExportCode(concept)?.ToCoding() : null;
}
