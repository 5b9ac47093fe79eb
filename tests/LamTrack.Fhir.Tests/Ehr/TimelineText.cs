using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Fhir.Tests.Ehr;

/// <summary>One line of text per timeline event, so that a test can compare a whole timeline event by event.</summary>
internal static class TimelineText
{
    public static List<string> Of(Patient patient) =>
        [.. patient.Events.OrderBy(e => e.Date).ThenBy(e => e.GetType().Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(Describe)];

    public static string Describe(ClinicalEvent e) => e switch
    {
        PneumothoraxEpisode p => $"pneumothorax {p.Date} {p.Side} resolved {p.Resolution}",
        Condition c => $"condition {c.Date} {c.Name} resolved {c.Resolution}",
        HospitalStay s => $"stay {s.Date}..{s.Discharge} {s.Facility} ({s.Reason})",
        SirolimusCourse c => $"sirolimus {c.Date} {c.StartingDose} stop {c.Stop}" + string.Concat(c.DoseChanges.Select(d => $"; change {d.Date} {d.NewDose}")),
        CoMedication m => $"co-medication {m.Date} {m.Therapy} [{string.Join(",", m.Agents)}] stop {m.Stop}",
        TroughLevel t => $"sirolimus level {t.Date} {t.Result}",
        LabResult l => $"lab {l.Date} {l.Analyte} {l.Value}",
        PulmonaryFunctionTest f => $"pft {f.Date} " + string.Join(", ", f.Values.Select(v => $"{v.Measure} {v.Absolute} {v.Predicted}".TrimEnd())),
        SixMinuteWalk w => $"walk {w.Date} {w.Distance}",
        Intervention i => $"intervention {i.Date} {i.Kind} {i.Side} {i.Description}",
        Pregnancy p => $"pregnancy {p.Date} end {p.End}",
        _ => $"{e.GetType().Name} {e.Date}",
    };
}
