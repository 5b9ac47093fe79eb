using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Fhir.Mapping.Ehr;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Fhir.Mapping;

// Sirolimus and interacting co-medications from orders, statements, administrations and dispenses. Each resource
// becomes a MedicationExposure; PatientAssembler joins a patient's exposures into courses and periods (EhrCourseBuilder).
internal sealed partial class ResourceMapper
{
    private void ReadMedicationRequest(MedicationRequest m, string key)
    {
        if (m.Status is MedicationRequest.MedicationrequestStatus.EnteredInError or MedicationRequest.MedicationrequestStatus.Cancelled
            or MedicationRequest.MedicationrequestStatus.Draft)
        {
            CountUnused(m, "status:" + Literal(m.Status));
            return;
        }

        DataType? started = m.AuthoredOnElement ?? (DataType?)m.DispenseRequest?.ValidityPeriod?.StartElement;
        Exposure(m, key, m.Medication, started, "MedicationRequest.authoredOn", m.DosageInstruction.FirstOrDefault(), "dosageInstruction[0]", e => e with
        {
            End = EndOf(m.DispenseRequest?.ValidityPeriod, "MedicationRequest.dispenseRequest.validityPeriod"),
            Stopped = m.Status is MedicationRequest.MedicationrequestStatus.Stopped or MedicationRequest.MedicationrequestStatus.Completed,
        });
    }

    private void ReadEhrStatement(MedicationStatement m, string key)
    {
        if (m.Status is MedicationStatement.MedicationStatusCodes.EnteredInError or MedicationStatement.MedicationStatusCodes.NotTaken
            or MedicationStatement.MedicationStatusCodes.Intended)
        {
            CountUnused(m, "status:" + Literal(m.Status));
            return;
        }

        Exposure(m, key, m.Medication, m.Effective, "MedicationStatement.effective", m.Dosage.FirstOrDefault(), "dosage[0]", e => e with
        {
            End = EndOf(m.Effective, "MedicationStatement.effectivePeriod"),
            Stopped = m.Status is MedicationStatement.MedicationStatusCodes.Stopped or MedicationStatement.MedicationStatusCodes.Completed,
        });
    }

    private void ReadAdministration(MedicationAdministration m, string key)
    {
        if (m.Status is not MedicationAdministration.MedicationAdministrationStatusCodes.Completed)
        {
            CountUnused(m, "status:" + Literal(m.Status));
            return;
        }

        // One administration is a dose on one day; the builder adds up the doses of a day.
        decimal? milligrams = m.Dosage?.Dose is Quantity q ? MilligramsOf(q, "MedicationAdministration.dosage.dose") : null;
        Exposure(m, key, m.Medication, m.Effective, "MedicationAdministration.effective", null, "dosage", e => e with
        {
            IsAdministration = true,
            Dose = milligrams is null ? null : Typed(() => DailyDose.FromMilligramsPerDay((double)milligrams.Value), "MedicationAdministration.dosage.dose"),
        });
    }

    private void ReadDispense(MedicationDispense m, string key)
    {
        if (m.Status is not MedicationDispense.MedicationDispenseStatusCodes.Completed)
        {
            CountUnused(m, "status:" + Literal(m.Status));
            return;
        }

        DataType? handed = m.WhenHandedOverElement ?? m.WhenPreparedElement;
        Exposure(m, key, m.Medication, handed, "MedicationDispense.whenHandedOver", m.DosageInstruction.FirstOrDefault(), "dosageInstruction[0]", e => e with
        {
            End = SupplyEnd(e.Start, m.DaysSupply),
        });
    }

    /// <summary>Reads the parts every medication resource shares and records the exposure, or counts the resource as
    /// unused when its medication is neither sirolimus nor an agent of the interaction table.</summary>
    private void Exposure(DomainResource m, string key, DataType? medication, DataType? start, string startPath, Dosage? dosage, string dosagePath,
        Func<MedicationExposure, MedicationExposure> complete)
    {
        var (concept, therapy, flag) = MedicationConcept(m, medication);
        if (concept is null)
        {
            CountUnused(m, MedicationCode(m, medication));
            return;
        }

        ClinicalDate? date = EhrDate(start, startPath);
        if (date is null)
        {
            return;
        }

        string type = m.TypeName;
        DailyDose? dose = dosage is null ? null : EhrDose(dosage, $"{type}.{dosagePath}");
        string element = dose is null ? "medication" : dosagePath;
        var exposure = new MedicationExposure(concept, therapy!, EhrEventId(m, key), date, EhrSource(m, key, element, flag)) { Dose = dose };
        _draft!.Exposures.Add(complete(exposure));
    }

    private (string? Concept, string? Therapy, string? Flag) MedicationConcept(DomainResource m, DataType? medication)
    {
        CodeableConcept? code = MedicationCode(m, medication);
        string? text = code?.Text ?? code?.Coding.FirstOrDefault(c => c.Display is not null)?.Display ?? (medication as ResourceReference)?.Display;
        TerminologyRow? row = ehr.Terminology.Resolve(code);
        if (row is { Kind: "drug" or "agent" })
        {
            return (row.Concept, text ?? row.Code.Display, Unverified(row));
        }

        string? named = ehr.Terminology.ConceptNamedIn(text);
        return named is not null && (named.StartsWith("drug:", StringComparison.Ordinal) || named.StartsWith("agent:", StringComparison.Ordinal))
            ? (named, text, "medication matched by its text only (no coding the terminology table knows)")
            : (null, null, null);
    }

    // medicationCodeableConcept, or a medicationReference to a contained Medication or one in the input.
    private CodeableConcept? MedicationCode(DomainResource m, DataType? medication) => medication switch
    {
        CodeableConcept c => c,
        ResourceReference { Reference: string r } when r.StartsWith('#') => (m.Contained.FirstOrDefault(c => c.Id == r[1..]) as Medication)?.Code,
        ResourceReference { Reference: string r } => resolve(r) is string k ? _medications.GetValueOrDefault(k) : null,
        ResourceReference reference => new CodeableConcept { Text = reference.Display },
        _ => null,
    };

    /// <summary>The daily dose from a structured dose with its timing, else from the dosage text.</summary>
    private DailyDose? EhrDose(Dosage dosage, string path)
    {
        if (dosage.DoseAndRate.FirstOrDefault()?.Dose is Quantity)
        {
            return Daily(dosage, path);
        }

        decimal? perDay = DoseText.MilligramsPerDay(dosage.Text) ?? DoseText.MilligramsPerDay(dosage.PatientInstruction);
        return perDay is null ? null : Typed(() => DailyDose.FromMilligramsPerDay((double)perDay.Value), path + ".text");
    }

    private decimal? MilligramsOf(Quantity q, string path)
    {
        LamTrack.Measures.Units.Measurement? measured = Measure(q, path, LamTrack.Measures.Units.Dimension.Mass);
        return measured is null ? null : (decimal)measured.ToCanonical();
    }

    // A dispense covers its days supply (UCUM d) from the day it was handed over.
    private static ClinicalDate? SupplyEnd(ClinicalDate start, Quantity? daysSupply) =>
        daysSupply is { Value: decimal days } && (daysSupply.Code ?? daysSupply.Unit) is "d" or "day" or "days" && days >= 1
            ? ClinicalDate.OnDay(start.Earliest.PlusDays((int)Math.Min(days, 3650m) - 1))
            : null;
}
