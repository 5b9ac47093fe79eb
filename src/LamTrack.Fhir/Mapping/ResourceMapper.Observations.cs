using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using Age = LamTrack.Measures.Quantities.Age;
using Distance = LamTrack.Measures.Quantities.Distance;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

internal sealed partial class ResourceMapper
{
    // Dispatch on Observation.code (docs/fhir.md mapping table); an unknown code is an error, not a guess.
    private void ReadObservation(Observation o, string key)
    {
        CodeableConcept? code = o.Code;
        if (LoincCodes.SmokingStatus.Matches(code)) { ReadSmoking(o); return; }
        if (LoincCodes.Age.Matches(code)) { ReadAge(o, key); return; }
        if (RegistryCodes.LungCompression.Matches(code)) { ReadCompression(o); return; }
        ClinicalDate? date = Date(o.Effective, "Observation.effective", required: true);
        if (date is null)
        {
            return;
        }

        string id = EventIdOf(o, key);
        ClinicalEvent? e = code switch
        {
            _ when LoincCodes.SirolimusBlood.Matches(code) => o.Value is Hl7.Fhir.Model.Range || GetBoolean(o, TroughSummaryName) == true
                ? ReadTroughSummary(o, id, date) : ReadTrough(o, id, date),
            _ when DomainCodes.TryFind(DomainCodes.Labs, code, out LabAnalyte analyte) => ReadLab(o, id, date, analyte),
            _ when LoincCodes.PulmonaryFunctionPanel.Matches(code) => ReadPft(o, id, date),
            _ when LoincCodes.SixMinuteWalkDistance.Matches(code) => ReadWalk(o, id, date),
            _ when DomainCodes.TryFind(DomainCodes.Evidence, code, out EvidenceKind kind) => ReadEvidence(o, id, date, kind),
            _ when LoincCodes.PregnancyStatus.Matches(code) => ReadPregnancy(o, id, date),
            _ when RegistryCodes.FollowUpStatus.Matches(code) => new FollowUpStatus(id, date, Placeholder(_where))
            {
                Work = ComponentText(o, RegistryCodes.WorkStatus),
                Exercise = ComponentText(o, RegistryCodes.ExerciseCapacity),
                QualityOfLife = ComponentText(o, RegistryCodes.QualityOfLife),
            },
            _ => Unknown(code),
        };
        if (e is not null)
        {
            Add(e with { Note = NoteText(o.Note) }, key);
        }
    }

    private ClinicalEvent? Unknown(CodeableConcept? code)
    {
        Error(ImportIssueCodes.UnknownCode, "Observation.code", $"no LamTrack observation has the code {Codes(code)}");
        return null;
    }

    private void ReadSmoking(Observation o)
    {
        if (DomainCodes.TryFind(DomainCodes.Smoking, o.Value as CodeableConcept, out LamTrack.Domain.Patients.SmokingStatus status))
        {
            _draft!.Smoking = status;
        }
        else
        {
            Error(ImportIssueCodes.UnknownCode, "Observation.valueCodeableConcept", $"no smoking status has the code {Codes(o.Value as CodeableConcept)}");
        }
    }

    private void ReadAge(Observation o, string key)
    {
        if (o.Value is not Quantity { Value: decimal years } q || (q.Code ?? q.Unit) != "a")
        {
            Error(ImportIssueCodes.BadUnit, "Observation.valueQuantity", "an age needs a value in years (UCUM 'a')");
            return;
        }

        Age? age = Typed(() => LamTrack.Measures.Quantities.Age.FromYears((double)years), "Observation.valueQuantity.value");
        if (age is not null)
        {
            _draft!.Age = (age.Value, Date(o.Effective, "Observation.effective", required: false), key);
        }
    }

    private void ReadCompression(Observation o)
    {
        string? condition = o.Focus.Select(f => resolve(f.Reference)).FirstOrDefault(k => k is not null);
        Measurement? value = Measure(o.Value, "Observation.valueQuantity", Dimension.Percent);
        if (condition is null)
        {
            Error(ImportIssueCodes.UnresolvedReference, "Observation.focus", "a lung compression must name its pneumothorax Condition");
            return;
        }

        string side = SnomedCodes.LeftLung.Matches(o.BodySite) ? "left" : SnomedCodes.RightLung.Matches(o.BodySite) ? "right" : "unspecified";
        LungCompression? compression = value is null ? null : Typed(() => LungCompression.FromPercent(value.ToCanonical()), "Observation.valueQuantity.value");
        if (compression is not null)
        {
            _draft!.Compressions.Add((condition, side, compression.Value, _where));
        }
    }

    private TroughLevel? ReadTrough(Observation o, string id, ClinicalDate date)
    {
        var q = o.Value as Quantity;
        Measurement? recorded = q is null ? null : Measure(q, "Observation.valueQuantity", Dimension.MassConcentration);
        bool notDetected = o.Interpretation.Exists(i => i.Coding.Exists(c => c.Code == "ND"));
        TroughResult? result = (notDetected, q?.Comparator, recorded) switch
        {
            (true, _, _) => TroughResult.Undetectable(recorded),
            (false, _, null) => null,
            (false, Quantity.QuantityComparator.LessThan or Quantity.QuantityComparator.LessOrEqual, _) => TroughResult.Below(recorded),
            (false, Quantity.QuantityComparator.GreaterThan or Quantity.QuantityComparator.GreaterOrEqual, _) => TroughResult.Above(recorded),
            _ => Typed2(() => TroughResult.Measured(recorded), "Observation.valueQuantity.value"),
        };
        if (result is null)
        {
            if (q is null && !notDetected)
            {
                Error(ImportIssueCodes.MissingElement, "Observation.value", "a sirolimus level needs a value or interpretation ND");
            }

            return null;
        }

        return new TroughLevel(id, date, Placeholder(_where), result) { Assay = o.Method?.Text };
    }

    private TroughResult? Typed2(Func<TroughResult> create, string path)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            Error(ImportIssueCodes.OutOfRange, path, ex.Message.Split(Environment.NewLine)[0]);
            return null;
        }
    }

    private TroughSummary? ReadTroughSummary(Observation o, string id, ClinicalDate date)
    {
        var range = o.Value as Hl7.Fhir.Model.Range;
        Measurement? low = Measure(range?.Low, "Observation.valueRange.low", Dimension.MassConcentration);
        Measurement? high = Measure(range?.High, "Observation.valueRange.high", Dimension.MassConcentration);
        if (low is null || high is null)
        {
            return null;
        }

        return new TroughSummary(id, date, Placeholder(_where), low.ToMassConcentration(), high.ToMassConcentration())
        {
            MeasurementCount = GetInteger(o, MeasurementCount),
        };
    }

    private LabResult? ReadLab(Observation o, string id, ClinicalDate date, LabAnalyte analyte)
    {
        Dimension expected = analyte is LabAnalyte.PaO2 or LabAnalyte.PaCO2 ? Dimension.Pressure : Dimension.MassConcentration;
        Measurement? value = Measure(o.Value, "Observation.valueQuantity", expected);
        return value is null ? null : new LabResult(id, date, Placeholder(_where), analyte, value) { Specimen = o.Specimen?.Display };
    }

    private SixMinuteWalk? ReadWalk(Observation o, string id, ClinicalDate date)
    {
        Measurement? value = Measure(o.Value, "Observation.valueQuantity", Dimension.Length);
        Distance? distance = value is null ? null : Typed(() => Distance.FromMetres(value.ToCanonical()), "Observation.valueQuantity.value");
        return distance is null ? null : new SixMinuteWalk(id, date, Placeholder(_where), distance.Value);
    }

    private static string? ComponentText(Observation o, TerminologyCode code) =>
        (o.Component.FirstOrDefault(c => code.Matches(c.Code))?.Value as FhirString)?.Value;
}
