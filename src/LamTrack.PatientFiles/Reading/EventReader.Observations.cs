using LamTrack.Domain.Events;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

internal sealed partial class EventReader
{
    private AdverseEvent? AdverseEvent(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        AdverseEventCategory? category = sink.Word<AdverseEventCategory>(d.Category, new FieldName(h.Path, ".category"));
        sink.Require(d.Term, new FieldName(h.Path, ".term"));
        var resolution = sink.Date(d.Resolution, new FieldName(h.Path, ".resolution"), required: false);
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new AdverseEvent(h.Id, h.Date, h.Source, category!.Value, d.Term!)
        {
            AttributedToSirolimus = d.AttributedToSirolimus ?? false, Resolution = resolution, Action = d.Action, Severity = d.Severity,
        };
    }

    private LabResult? Lab(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        LabAnalyte? analyte = sink.Word<LabAnalyte>(d.Analyte, new FieldName(h.Path, ".analyte"));
        Dimension expected = analyte is LabAnalyte.PaO2 or LabAnalyte.PaCO2 ? Dimension.Pressure : Dimension.MassConcentration;
        Measurement? value = sink.Quantity(d.Value, new FieldName(h.Path, ".value"), expected);
        if (value is not null && expected == Dimension.Pressure)
        {
            sink.Typed(value.ToCanonical(), new FieldName(h.Path, ".value"), PartialPressure.FromMillimetresOfMercury);
        }

        return sink.Issues.Count > before ? null : new LabResult(h.Id, h.Date, h.Source, analyte!.Value, value!) { Specimen = d.Specimen };
    }

    private PulmonaryFunctionTest? Pft(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        var values = new List<PftValue>();
        for (int i = 0; d.Values is not null && i < d.Values.Count; i++)
        {
            PftValueDto v = d.Values[i];
            PftMeasure? measure = sink.Word<PftMeasure>(v.Measure, new FieldName(h.Path, ValueLeaf(i, 0)));
            Measurement? absolute = measure is null || v.Value is null ? null : sink.Quantity(v.Value, new FieldName(h.Path, ValueLeaf(i, 1)), DimensionOf(measure.Value));
            PercentPredicted? predicted = sink.Typed(v.PercentPredicted, new FieldName(h.Path, ValueLeaf(i, 2)), PercentPredicted.FromPercent);
            if (measure is not null)
            {
                values.Add(new PftValue(measure.Value, absolute, predicted));
            }
        }

        sink.Require(d.Values is { Count: > 0 } ? d.Values : null, new FieldName(h.Path, ".values"));
        return sink.Issues.Count > before ? null : new PulmonaryFunctionTest(h.Id, h.Date, h.Source, values);
    }

    private static readonly string[] s_valueFields = [".measure", ".value", ".percentPredicted"];

    // ".values[0].measure" and its kind recur in every test of a registry: built once, joined to the event's path
    // only when an issue names the field.
    private static readonly string[][] s_valueLeaves = [.. Enumerable.Range(0, 16).Select(i => s_valueFields.Select(f => $".values[{i}]{f}").ToArray())];

    private static string ValueLeaf(int index, int field) =>
        index < s_valueLeaves.Length ? s_valueLeaves[index][field] : $".values[{index}]{s_valueFields[field]}";

    private static Dimension DimensionOf(PftMeasure measure) => measure switch
    {
        PftMeasure.Fev1FvcRatio => Dimension.Percent,
        PftMeasure.Dlco => Dimension.DiffusingCapacity,
        _ => Dimension.Volume,
    };

    private SixMinuteWalk? SixMinuteWalk(EventDto d, EventHead h)
    {
        Measurement? m = sink.Quantity(d.Distance, new FieldName(h.Path, ".distance"), Dimension.Length);
        Distance? distance = m is null ? null : sink.Typed(m.ToCanonical(), new FieldName(h.Path, ".distance.value"), Distance.FromMetres);
        return distance is null ? null : new SixMinuteWalk(h.Id, h.Date, h.Source, distance.Value);
    }
}
