using LamTrack.Domain.Events;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

internal sealed partial class EventReader
{
    private DiagnosisEvidence? Evidence(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        EvidenceKind? kind = sink.Word<EvidenceKind>(d.Kind, new FieldName(h.Path, ".kind"));
        sink.Require(d.Finding, new FieldName(h.Path, ".finding"));
        var markers = new List<ImmunoMarker>();
        for (int i = 0; d.Markers is not null && i < d.Markers.Count; i++)
        {
            MarkerDto m = d.Markers[i];
            string path = $"{h.Path}.markers[{i}]";
            Proportion? stained = sink.Typed(m.Percent, path + ".percent", Proportion.FromPercent);
            if (sink.Require(m.Name, path + ".name") && sink.Require(m.Positive, path + ".positive"))
            {
                markers.Add(new ImmunoMarker(m.Name!, m.Positive!.Value, stained));
            }
        }

        Length? diameter = LengthOf(d.LargestDiameter, new FieldName(h.Path, ".largestDiameter"));
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new DiagnosisEvidence(h.Id, h.Date, h.Source, kind!.Value, d.Finding!)
        {
            Specimen = d.Specimen, Markers = markers, LargestDiameter = diameter, SupportsLam = d.SupportsLam,
        };
    }

    private Length? LengthOf(QuantityDto? dto, FieldName path)
    {
        Measurement? m = sink.Quantity(dto, path, Dimension.Length, required: false);
        return m is null ? null : sink.Typed(m.ToCanonical() * 100, path + ".value", Length.FromCentimetres);
    }

    private Pregnancy? Pregnancy(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        var end = sink.Date(d.End, new FieldName(h.Path, ".end"), required: false);
        GestationalAge? weeks = sink.Typed(d.GestationalWeeksAtEnd, new FieldName(h.Path, ".gestationalWeeksAtEnd"), GestationalAge.FromWeeks);
        Measurement? weight = sink.Quantity(d.BirthWeight, new FieldName(h.Path, ".birthWeight"), Dimension.Mass, required: false);
        BodyMass? birthWeight = weight is null ? null : sink.Typed(weight.ToCanonical() / 1_000_000.0, new FieldName(h.Path, ".birthWeight.value"), BodyMass.FromKilograms);
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new Pregnancy(h.Id, h.Date, h.Source)
        {
            End = end, Outcome = d.Outcome, DeliveryMode = d.DeliveryMode, GestationalAgeAtEnd = weeks, BirthWeight = birthWeight,
        };
    }

    private HospitalStay? HospitalStay(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        var discharge = sink.Date(d.Discharge, new FieldName(h.Path, ".discharge"), required: false);
        if (d.MinimumDays is < 0)
        {
            sink.Add(PatientFileIssueCodes.OutOfRange, new FieldName(h.Path, ".minimumDays"), $"{d.MinimumDays} is negative");
        }

        return sink.Issues.Count > before ? null : new HospitalStay(h.Id, h.Date, h.Source)
        {
            Discharge = discharge, MinimumLengthOfStayDays = d.MinimumDays, Facility = d.Facility, Reason = d.Reason,
        };
    }

    private static FollowUpStatus FollowUp(EventDto d, EventHead h) =>
        new(h.Id, h.Date, h.Source) { Work = d.Work, Exercise = d.Exercise, QualityOfLife = d.QualityOfLife };

    private Condition? Condition(EventDto d, EventHead h)
    {
        var resolution = sink.Date(d.Resolution, new FieldName(h.Path, ".resolution"), required: false);
        if (!sink.Require(d.Name, new FieldName(h.Path, ".name")) || (d.Resolution is not null && resolution is null))
        {
            return null;
        }

        return new Condition(h.Id, h.Date, h.Source, d.Name!) { Resolution = resolution };
    }
}
