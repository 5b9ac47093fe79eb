using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Mapping.Ehr;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;

namespace LamTrack.Fhir.Mapping;

// Laboratory, lung-function and walk-test Observations as EHRs send them: one result per Observation, or a panel with
// components (members referenced by hasMember arrive as Observations of their own and are read one by one).
internal sealed partial class ResourceMapper
{
    private void ReadEhrObservation(Observation o, string key)
    {
        if (o.Status is ObservationStatus.EnteredInError or ObservationStatus.Cancelled)
        {
            CountUnused(o, "status:" + Literal(o.Status));
            return;
        }

        TerminologyRow? row = ehr.Terminology.Resolve(o.Code);
        if (row is null && CodeTables.TryFind(o.Code, out _))
        {
            ReadObservation(o, key); // smoking, age, pregnancy status and LamTrack's registry codes read as before
            return;
        }

        if (row is null || row.Kind is not ("lab" or "pft" or "walk"))
        {
            CountUnused(o, o.Code);
            return;
        }

        ClinicalDate? date = EhrDate(o.Effective ?? (DataType?)o.IssuedElement, "Observation.effective");
        if (date is not null)
        {
            ReadEhrResult(o, key, row, date);
        }
    }

    private void ReadEhrResult(Observation o, string key, TerminologyRow row, ClinicalDate date)
    {
        string id = EhrEventId(o, key);
        switch (row.Concept)
        {
            case "lab:sirolimus": AddEhr(EhrTrough(o, key, id, date, row), key); break;
            case "walk:six-minute-distance": AddEhr(EhrWalk(o, key, id, date, row), key); break;
            case "pft:panel": ReadPftComponents(o, key, id, date); break;
            default:
                if (row.Kind == "pft")
                {
                    AddPftPart(row, o.Value, "Observation.value", key, id, date, EhrSource(o, key, "value", Unverified(row)));
                }
                else
                {
                    AddEhr(EhrLab(o, key, id, date, row), key);
                }

                break;
        }
    }

    private void AddEhr(ClinicalEvent? e, string key)
    {
        if (e is not null)
        {
            Add(e, key);
        }
    }

    private LabResult? EhrLab(Observation o, string key, string id, ClinicalDate date, TerminologyRow row)
    {
        LabAnalyte? analyte = row.Name switch
        {
            "pao2" => LabAnalyte.PaO2,
            "paco2" => LabAnalyte.PaCO2,
            "vegf-d" => LabAnalyte.VegfD,
            "total-cholesterol" => LabAnalyte.TotalCholesterol,
            "triglycerides" => LabAnalyte.Triglycerides,
            "urine-protein" => LabAnalyte.UrineProtein,
            _ => null,
        };
        if (analyte is null)
        {
            CountUnused(o, o.Code);
            return null;
        }

        Dimension expected = analyte is LabAnalyte.PaO2 or LabAnalyte.PaCO2 ? Dimension.Pressure : Dimension.MassConcentration;
        Measurement? value = Measure(o.Value, "Observation.valueQuantity", expected);
        return value is null ? null : new LabResult(id, date, EhrSource(o, key, "valueQuantity", Unverified(row)), analyte.Value, value)
        {
            Specimen = o.Specimen?.Display,
        };
    }

    private SixMinuteWalk? EhrWalk(Observation o, string key, string id, ClinicalDate date, TerminologyRow row)
    {
        Measurement? value = Measure(o.Value, "Observation.valueQuantity", Dimension.Length);
        LamTrack.Measures.Quantities.Distance? distance = value is null ? null : Typed(() => LamTrack.Measures.Quantities.Distance.FromMetres(value.ToCanonical()), "Observation.valueQuantity.value");
        return distance is null ? null : new SixMinuteWalk(id, date, EhrSource(o, key, "valueQuantity", Unverified(row)), distance.Value);
    }

    private void ReadPftComponents(Observation o, string key, string id, ClinicalDate date)
    {
        for (int i = 0; i < o.Component.Count; i++)
        {
            TerminologyRow? row = ehr.Terminology.Resolve(o.Component[i].Code);
            if (row is { Kind: "pft" } && row.Concept != "pft:panel")
            {
                AddPftPart(row, o.Component[i].Value, $"Observation.component[{i}].value", key, id, date, EhrSource(o, key, $"component[{i}]", Unverified(row)));
            }
            else
            {
                ehr.Unused.Count("Observation.component", FirstCode(o.Component[i].Code));
            }
        }
    }

    private void AddPftPart(TerminologyRow row, DataType? value, string path, string key, string id, ClinicalDate date, LamTrack.Domain.Provenance.SourceReference source)
    {
        bool predicted = row.Name.EndsWith("-predicted", StringComparison.Ordinal);
        PftMeasure measure = row.Name.Replace("-predicted", string.Empty, StringComparison.Ordinal) switch
        {
            "fvc" => PftMeasure.Fvc,
            "fev1" => PftMeasure.Fev1,
            "fev1-fvc" => PftMeasure.Fev1FvcRatio,
            "dlco" => PftMeasure.Dlco,
            _ => PftMeasure.Tlc,
        };
        var part = new PftPart(date, measure, id, source);
        if (predicted)
        {
            Measurement? percent = Measure(value, path + "Quantity", Dimension.Percent);
            part = part with { Predicted = percent is null ? null : Typed(() => PercentPredicted.FromPercent(percent.ToCanonical()), path + "Quantity.value") };
        }
        else
        {
            part = part with { Absolute = measure == PftMeasure.Fev1FvcRatio ? RatioAsPercent(value, path) : Measure(value, path + "Quantity", PftDimension(measure)) };
        }

        if (part.Absolute is not null || part.Predicted is not null)
        {
            _draft!.PftParts.Add(part);
        }
    }

    // FEV1/FVC comes as a percent (UCUM %) or as a plain ratio (UCUM 1, {ratio}, or no unit); LamTrack keeps percent.
    private Measurement? RatioAsPercent(DataType? value, string path)
    {
        if (value is Quantity { Value: decimal v } q && (q.Code ?? q.Unit) is null or "1" or "{ratio}" or "{Number}")
        {
            return Measurement.Create(v <= 1m ? v * 100m : v, "%");
        }

        return Measure(value, path + "Quantity", Dimension.Percent);
    }
}
