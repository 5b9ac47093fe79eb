using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

internal sealed partial class ResourceMapper
{
    private PulmonaryFunctionTest? ReadPft(Observation o, string id, ClinicalDate date)
    {
        var values = new List<PftValue>();
        foreach (var (measure, codes) in DomainCodes.Pft)
        {
            int absoluteAt = o.Component.FindIndex(c => codes.Absolute.Matches(c.Code));
            int predictedAt = o.Component.FindIndex(c => codes.Predicted.Matches(c.Code));
            if (absoluteAt < 0 && predictedAt < 0)
            {
                continue;
            }

            Measurement? absolute = absoluteAt < 0 ? null
                : Measure(o.Component[absoluteAt].Value, $"Observation.component[{absoluteAt}].valueQuantity", PftDimension(measure));
            Measurement? predictedValue = predictedAt < 0 ? null
                : Measure(o.Component[predictedAt].Value, $"Observation.component[{predictedAt}].valueQuantity", Dimension.Percent);
            PercentPredicted? predicted = predictedValue is null ? null
                : Typed(() => PercentPredicted.FromPercent(predictedValue.ToCanonical()), $"Observation.component[{predictedAt}].valueQuantity.value");
            values.Add(new PftValue(measure, absolute, predicted));
        }

        // Components in the order they were written, so that a round trip keeps the file's order.
        values.Sort((a, b) => FirstIndex(o, a.Measure).CompareTo(FirstIndex(o, b.Measure)));
        return new PulmonaryFunctionTest(id, date, Placeholder(_where), values);
    }

    private static int FirstIndex(Observation o, PftMeasure measure)
    {
        var (absolute, predicted) = DomainCodes.Pft[measure];
        return o.Component.FindIndex(c => absolute.Matches(c.Code) || predicted.Matches(c.Code));
    }

    private static Dimension PftDimension(PftMeasure measure) => measure switch
    {
        PftMeasure.Fev1FvcRatio => Dimension.Percent,
        PftMeasure.Dlco => Dimension.DiffusingCapacity,
        _ => Dimension.Volume,
    };

    private DiagnosisEvidence? ReadEvidence(Observation o, string id, ClinicalDate date, EvidenceKind kind)
    {
        if (o.Value is not FhirString { Value: string finding })
        {
            Error(ImportIssueCodes.MissingElement, "Observation.valueString", "a diagnostic finding needs its text");
            return null;
        }

        var markers = new List<ImmunoMarker>();
        LamTrack.Measures.Quantities.Length? diameter = null;
        for (int i = 0; i < o.Component.Count; i++)
        {
            Observation.ComponentComponent c = o.Component[i];
            if (RegistryCodes.LargestDiameter.Matches(c.Code))
            {
                decimal? cm = ValueIn(c.Value, $"Observation.component[{i}].valueQuantity", ("cm", 1m), ("mm", 0.1m));
                diameter = cm is null ? null : Typed(() => LamTrack.Measures.Quantities.Length.FromCentimetres((double)cm.Value), $"Observation.component[{i}].valueQuantity.value");
            }
            else if (c.Value is FhirBoolean { Value: bool positive } && c.Code?.Text is string name)
            {
                Measurement? stained = Get(c, StainedCells) is DataType s ? Measure(s, $"Observation.component[{i}].extension[stained-cells]", Dimension.Percent) : null;
                markers.Add(new ImmunoMarker(name, positive, stained is null ? null : Typed(() => Proportion.FromPercent(stained.ToCanonical()), $"Observation.component[{i}]")));
            }
        }

        return new DiagnosisEvidence(id, date, Placeholder(_where), kind, finding)
        {
            Specimen = o.Specimen?.Display, Markers = markers, LargestDiameter = diameter, SupportsLam = GetBoolean(o, SupportsLam),
        };
    }

    private Pregnancy? ReadPregnancy(Observation o, string id, ClinicalDate date)
    {
        if (!SnomedCodes.Pregnant.Matches(o.Value as CodeableConcept))
        {
            problems.Add(ImportIssueCodes.ValueDropped, _where.At("Observation.valueCodeableConcept"), "only 'pregnant' observations are kept as pregnancies");
            return null;
        }

        decimal? weeks = Get(o, GestationalAgeAtEnd) is DataType w ? ValueIn(w, "Observation.extension[gestational-age-at-end]", ("wk", 1m)) : null;
        decimal? grams = Get(o, BirthWeight) is DataType g ? ValueIn(g, "Observation.extension[birth-weight]", ("g", 1m), ("kg", 1000m)) : null;
        return new Pregnancy(id, date, Placeholder(_where))
        {
            End = Date(Get(o, End), "Observation.extension[end]", required: false),
            Outcome = GetString(o, Outcome),
            DeliveryMode = GetString(o, DeliveryMode),
            GestationalAgeAtEnd = weeks is null ? null : Typed(() => GestationalAge.FromWeeks((double)weeks.Value), "Observation.extension[gestational-age-at-end]"),
            BirthWeight = grams is null ? null : Typed(() => BodyMass.FromGrams((double)grams.Value), "Observation.extension[birth-weight]"),
        };
    }

    // Values whose LamTrack type is held in one unit are read in that unit's decimal, so a round trip is exact;
    // each accepted UCUM unit comes with its factor to that unit.
    private decimal? ValueIn(DataType? value, string path, params (string Unit, decimal Factor)[] units)
    {
        if (value is Quantity { Value: decimal v } q && units.FirstOrDefault(u => u.Unit == (q.Code ?? q.Unit)) is { Unit: not null } match)
        {
            return v * match.Factor;
        }

        Error(ImportIssueCodes.BadUnit, path, $"expected a quantity in {string.Join(" or ", units.Select(u => $"'{u.Unit}'"))}");
        return null;
    }
}
