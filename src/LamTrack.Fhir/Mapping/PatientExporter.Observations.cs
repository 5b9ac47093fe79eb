using Hl7.Fhir.Model;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Terminology;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

public sealed partial class PatientExporter
{
    private Observation NewObservation(ClinicalEvent e, string category, TerminologyCode code) => new()
    {
        Status = ObservationStatus.Final,
        Category = [Category(category)],
        Code = code.ToConcept(),
        Subject = Subject,
        Effective = ClinicalDateMapper.ToFhir(e.Date),
        Note = Notes(e.Note),
    };

    // L2: sirolimus in blood; a censored result keeps its limit with a comparator (< or >), undetectable has
    // interpretation ND; the trough extension says the level is a trough (LOINC 29247-4 is not timing-specific).
    private void AddTrough(TroughLevel t)
    {
        Observation observation = NewObservation(t, "laboratory", LoincCodes.SirolimusBlood);
        TroughResult r = t.Result;
        if (r.Recorded is not null)
        {
            var value = new Quantity(r.Recorded.Value, r.Recorded.Unit.Code);
            value.Comparator = r.Censoring switch
            {
                TroughCensoring.AboveLimit => Hl7.Fhir.Model.Quantity.QuantityComparator.GreaterThan,
                TroughCensoring.BelowLimit or TroughCensoring.Undetectable => Hl7.Fhir.Model.Quantity.QuantityComparator.LessThan,
                _ => null,
            };
            observation.Value = value;
        }

        if (r.Censoring == TroughCensoring.Undetectable)
        {
            observation.Interpretation = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "ND", "Not detected", null)];
        }

        observation.Method = t.Assay is null ? null : new CodeableConcept { Text = t.Assay };
        SetBoolean(observation, Trough, true);
        Event(observation, t);
    }

    private void AddTroughSummary(TroughSummary s)
    {
        Observation observation = NewObservation(s, "laboratory", LoincCodes.SirolimusBlood);
        observation.Value = new Hl7.Fhir.Model.Range
        {
            Low = new Quantity(ToDecimal(s.Low.ToNanogramsPerMillilitre()), "ng/mL"),
            High = new Quantity(ToDecimal(s.High.ToNanogramsPerMillilitre()), "ng/mL"),
        };
        SetBoolean(observation, TroughSummaryName, true);
        SetInteger(observation, MeasurementCount, s.MeasurementCount);
        Event(observation, s);
    }

    private void AddLab(LabResult l)
    {
        Observation observation = NewObservation(l, "laboratory", DomainCodes.Labs[l.Analyte]);
        observation.Value = Quantity(l.Value);
        observation.Specimen = l.Specimen is null ? null : new ResourceReference { Display = l.Specimen };
        Event(observation, l);
    }

    // A PFT is one Observation (LOINC 81458-2 panel) with a component per measured value and per % predicted.
    private void AddPft(PulmonaryFunctionTest f)
    {
        Observation observation = NewObservation(f, "procedure", LoincCodes.PulmonaryFunctionPanel);
        foreach (PftValue v in f.Values)
        {
            var (absolute, predicted) = DomainCodes.Pft[v.Measure];
            if (v.Absolute is not null)
            {
                observation.Component.Add(new Observation.ComponentComponent { Code = absolute.ToConcept(), Value = Quantity(v.Absolute) });
            }

            if (v.Predicted is not null)
            {
                observation.Component.Add(new Observation.ComponentComponent
                {
                    Code = predicted.ToConcept(),
                    Value = new Quantity(ToDecimal(v.Predicted.Value.ToPercent()), "%"),
                });
            }
        }

        Event(observation, f);
    }

    private void AddWalk(SixMinuteWalk w)
    {
        Observation observation = NewObservation(w, "activity", LoincCodes.SixMinuteWalkDistance);
        observation.Value = new Quantity(ToDecimal(w.Distance.ToMetres()), "m");
        Event(observation, w);
    }

    // Diagnostic evidence: the finding as text, immunohistochemical markers as components named by text.
    private void AddEvidence(DiagnosisEvidence d)
    {
        Observation observation = NewObservation(d, d.Kind == EvidenceKind.Histopathology ? "laboratory" : "imaging", DomainCodes.Evidence[d.Kind]);
        observation.Value = new FhirString(d.Finding);
        observation.Specimen = d.Specimen is null ? null : new ResourceReference { Display = d.Specimen };
        foreach (ImmunoMarker marker in d.Markers)
        {
            var component = new Observation.ComponentComponent { Code = new CodeableConcept { Text = marker.Name }, Value = new FhirBoolean(marker.Positive) };
            Set(component, StainedCells, marker.StainedCells is null ? null : new Quantity(ToDecimal(marker.StainedCells.Value.ToPercent()), "%"));
            observation.Component.Add(component);
        }

        if (d.LargestDiameter is not null)
        {
            observation.Component.Add(new Observation.ComponentComponent
            {
                Code = RegistryCodes.LargestDiameter.ToConcept(),
                Value = new Quantity(ToDecimal(d.LargestDiameter.Value.ToCentimetres()), "cm"),
            });
        }

        SetBoolean(observation, SupportsLam, d.SupportsLam);
        Event(observation, d);
    }

    private void AddPregnancy(Pregnancy p)
    {
        Observation observation = NewObservation(p, "social-history", LoincCodes.PregnancyStatus);
        observation.Value = SnomedCodes.Pregnant.ToConcept();
        Set(observation, End, p.End is null ? null : ClinicalDateMapper.ToFhir(p.End));
        SetString(observation, Outcome, p.Outcome);
        SetString(observation, DeliveryMode, p.DeliveryMode);
        Set(observation, GestationalAgeAtEnd, p.GestationalAgeAtEnd is null ? null : new Quantity(ToDecimal(p.GestationalAgeAtEnd.Value.ToWeeks()), "wk"));
        Set(observation, BirthWeight, p.BirthWeight is null ? null : new Quantity(ToDecimal(p.BirthWeight.Value.ToGrams()), "g"));
        Event(observation, p);
    }

    private void AddFollowUp(FollowUpStatus u)
    {
        Observation observation = NewObservation(u, "survey", RegistryCodes.FollowUpStatus);
        AddText(observation, RegistryCodes.WorkStatus, u.Work);
        AddText(observation, RegistryCodes.ExerciseCapacity, u.Exercise);
        AddText(observation, RegistryCodes.QualityOfLife, u.QualityOfLife);
        Event(observation, u);
    }

    private static void AddText(Observation observation, TerminologyCode code, string? text)
    {
        if (text is not null)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = code.ToConcept(), Value = new FhirString(text) });
        }
    }
}
