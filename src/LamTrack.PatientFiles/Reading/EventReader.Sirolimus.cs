using LamTrack.Domain.Events;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

internal sealed partial class EventReader
{
    private SirolimusCourse? Sirolimus(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        DailyDose? dose = d.Dose is null ? null : Daily(d.Dose, new FieldName(h.Path, ".dose"));
        var stop = sink.Date(d.Stop, new FieldName(h.Path, ".stop"), required: false);
        var stopSource = d.StopSource is null ? null : sink.Source(d.StopSource, new FieldName(h.Path, ".stopSource"));
        var changes = new List<DoseChange>();
        for (int i = 0; d.DoseChanges is not null && i < d.DoseChanges.Count; i++)
        {
            if (Change(d.DoseChanges[i], $"{h.Path}.doseChanges[{i}]") is { } change)
            {
                changes.Add(change);
            }
        }

        sink.EventId = h.Id;
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new SirolimusCourse(h.Id, h.Date, h.Source)
        {
            StartingDose = dose, DoseChanges = [.. changes.OrderBy(c => c.Date)], Stop = stop, StopReason = d.StopReason, StopSource = stopSource,
        };
    }

    private DoseChange? Change(DoseChangeDto d, string path)
    {
        sink.EventId = d.Id;
        int before = sink.Issues.Count;
        sink.Require(d.Id, path + ".id");
        var date = sink.Date(d.Date, path + ".date", required: true);
        var source = sink.Source(d.Source, path + ".source");
        DailyDose? dose = Daily(d.Dose, path + ".dose");
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new DoseChange(d.Id!, date!, source!, dose!.Value) { Reason = d.Reason, Note = d.Note };
    }

    private DailyDose? Daily(QuantityDto? dto, FieldName path)
    {
        Measurement? m = sink.Quantity(dto, path, Dimension.MassRate);
        return m is null ? null : sink.Typed(m.ToCanonical(), path + ".value", DailyDose.FromMilligramsPerDay);
    }

    private TroughLevel? Trough(EventDto d, EventHead h)
    {
        if (!sink.Require(d.Result, new FieldName(h.Path, ".result")))
        {
            return null;
        }

        TroughResult? result = Result(d.Result!, new FieldName(h.Path, ".result"));
        return result is null ? null : new TroughLevel(h.Id, h.Date, h.Source, result) { Assay = d.Assay };
    }

    private TroughResult? Result(TroughResultDto r, FieldName path)
    {
        string censoring = r.Censoring ?? "none";
        Measurement? Limit() => sink.Quantity(r.Limit, r.Unit, path + ".limit", Dimension.MassConcentration);
        switch (censoring)
        {
            case "none":
                Measurement? value = sink.Quantity(r.Value, r.Unit, path, Dimension.MassConcentration);
                return value is null ? null : TroughResult.Measured(value);
            case "above":
                return Limit() is { } above ? TroughResult.Above(above) : null;
            case "below":
                return Limit() is { } below ? TroughResult.Below(below) : null;
            case "undetectable":
                return r.Limit is null ? TroughResult.Undetectable(null) : Limit() is { } lod ? TroughResult.Undetectable(lod) : null;
            default:
                sink.Add(PatientFileIssueCodes.UnknownValue, path + ".censoring", $"'{censoring}' is not one of none, undetectable, below, above");
                return null;
        }
    }

    private TroughSummary? TroughSummary(EventDto d, EventHead h)
    {
        Measurement? low = sink.Quantity(d.Low, new FieldName(h.Path, ".low"), Dimension.MassConcentration);
        Measurement? high = sink.Quantity(d.High, new FieldName(h.Path, ".high"), Dimension.MassConcentration);
        if (low is null || high is null)
        {
            return null;
        }

        return new TroughSummary(h.Id, h.Date, h.Source, low.ToMassConcentration(), high.ToMassConcentration()) { MeasurementCount = d.Count };
    }

    private CoMedication? CoMedication(EventDto d, EventHead h)
    {
        var stop = sink.Date(d.Stop, new FieldName(h.Path, ".stop"), required: false);
        if (!sink.Require(d.Therapy, new FieldName(h.Path, ".therapy")) || (d.Stop is not null && stop is null))
        {
            return null;
        }

        return new CoMedication(h.Id, h.Date, h.Source, d.Therapy!) { Agents = d.Agents ?? [], Indication = d.Indication, Stop = stop };
    }
}
