using LamTrack.Domain.Events;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Writing;

internal static partial class DtoBuilder
{
    // A table-like dispatch: one arm per event type of the file format.
    private static EventDto Specific(ClinicalEvent e, string doc) => e switch
    {
        PneumothoraxEpisode p => new EventDto
        {
            Type = "pneumothorax", Side = FileWords.ToWord(p.Side), Resolution = Date(p.Resolution), ManagedAt = p.ManagedAt,
            Compression = p.MaximumCompression is null ? null : new CompressionDto { Left = p.LeftCompression?.ToPercent(), Right = p.RightCompression?.ToPercent(), Unspecified = p.UnspecifiedSideCompression?.ToPercent() },
            Triggers = p.Triggers.Count == 0 ? null : [.. p.Triggers.Select(t => FileWords.ToWord(t))],
        },
        Intervention i => new EventDto
        {
            Type = "intervention", Kind = FileWords.ToWord(i.Kind), Episode = i.EpisodeId, Side = i.Side is null ? null : FileWords.ToWord(i.Side.Value),
            Agent = i.Agent, Description = i.Description, End = Date(i.End),
        },
        SirolimusCourse c => Course(c, doc),
        TroughLevel t => new EventDto { Type = "trough", Result = Result(t.Result), Assay = t.Assay },
        TroughSummary s => new EventDto { Type = "troughSummary", Low = Quantity(s.Low.ToNanogramsPerMillilitre(), "ng/mL"), High = Quantity(s.High.ToNanogramsPerMillilitre(), "ng/mL"), Count = s.MeasurementCount },
        CoMedication m => new EventDto { Type = "comedication", Therapy = m.Therapy, Agents = m.Agents.Count == 0 ? null : [.. m.Agents], Indication = m.Indication, Stop = Date(m.Stop) },
        AdverseEvent a => new EventDto
        {
            Type = "adverseEvent", Category = FileWords.ToWord(a.Category), Term = a.Term, AttributedToSirolimus = a.AttributedToSirolimus,
            Resolution = Date(a.Resolution), Action = a.Action, Severity = a.Severity,
        },
        LabResult l => new EventDto { Type = "lab", Analyte = FileWords.ToWord(l.Analyte), Value = Quantity(l.Value), Specimen = l.Specimen },
        PulmonaryFunctionTest f => new EventDto
        {
            Type = "pft",
            Values = [.. f.Values.Select(v => new PftValueDto { Measure = FileWords.ToWord(v.Measure), Value = Quantity(v.Absolute), PercentPredicted = v.Predicted?.ToPercent() })],
        },
        SixMinuteWalk w => new EventDto { Type = "sixMinuteWalk", Distance = Quantity(w.Distance.ToMetres(), "m") },
        DiagnosisEvidence d => new EventDto
        {
            Type = "evidence", Kind = FileWords.ToWord(d.Kind), Finding = d.Finding, Specimen = d.Specimen, SupportsLam = d.SupportsLam,
            Markers = d.Markers.Count == 0 ? null : [.. d.Markers.Select(m => new MarkerDto { Name = m.Name, Positive = m.Positive, Percent = m.StainedCells?.ToPercent() })],
            LargestDiameter = d.LargestDiameter is null ? null : Quantity(d.LargestDiameter.Value.ToCentimetres(), "cm"),
        },
        Pregnancy p => new EventDto
        {
            Type = "pregnancy", End = Date(p.End), Outcome = p.Outcome, DeliveryMode = p.DeliveryMode, GestationalWeeksAtEnd = p.GestationalAgeAtEnd?.ToWeeks(),
            BirthWeight = p.BirthWeight is null ? null : Quantity(p.BirthWeight.Value.ToGrams(), "g"),
        },
        HospitalStay h => new EventDto { Type = "hospitalStay", Discharge = Date(h.Discharge), MinimumDays = h.MinimumLengthOfStayDays, Facility = h.Facility, Reason = h.Reason },
        FollowUpStatus u => new EventDto { Type = "followUp", Work = u.Work, Exercise = u.Exercise, QualityOfLife = u.QualityOfLife },
        Condition c => new EventDto { Type = "condition", Name = c.Name, Resolution = Date(c.Resolution) },
        _ => throw new ArgumentException($"no file mapping for {e.GetType().Name}", nameof(e)),
    };

    private static EventDto Course(SirolimusCourse c, string doc) => new()
    {
        Type = "sirolimus",
        Dose = c.StartingDose is null ? null : Quantity(c.StartingDose.Value.ToMilligramsPerDay(), "mg/d"),
        Stop = Date(c.Stop), StopReason = c.StopReason, StopSource = Source(c.StopSource, doc),
        DoseChanges = c.DoseChanges.Count == 0 ? null : [.. c.DoseChanges.Select(d => new DoseChangeDto
        {
            Id = d.Id, Date = Date(d.Date), Dose = Quantity(d.NewDose.ToMilligramsPerDay(), "mg/d"), Reason = d.Reason, Source = Source(d.Source, doc), Note = d.Note,
        })],
    };

    private static TroughResultDto Result(TroughResult r) => r.Censoring switch
    {
        TroughCensoring.None => new TroughResultDto { Value = r.Recorded!.Value, Unit = r.Recorded.Unit.Code },
        _ => new TroughResultDto
        {
            Censoring = r.Censoring switch { TroughCensoring.AboveLimit => "above", TroughCensoring.BelowLimit => "below", _ => "undetectable" },
            Limit = r.Recorded?.Value, Unit = r.Recorded?.Unit.Code,
        },
    };
}
