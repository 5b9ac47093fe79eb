using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Pregnancy;

/// <summary>LAM-PRG-003: an ongoing pregnancy is a pneumothorax trigger (case 1), and sirolimus is not for use in pregnancy.</summary>
internal sealed class PregnancyRule() : RuleBase("LAM-PRG-003")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        Domain.Events.Pregnancy? pregnancy = t.OngoingPregnancy();
        if (pregnancy is null)
        {
            return Nothing();
        }

        bool endKnown = pregnancy.End is not null;
        var data = new List<DataPoint> { PatientTimeline.Point(pregnancy, "pregnancy", endKnown ? $"ongoing, ends {pregnancy.End}" : "no end recorded: ongoing assumed") };
        var during = t.Episodes.Where(e => e.Date >= pregnancy.Date).ToList();
        data.AddRange(during.Select(e => PatientTimeline.Point(e, "pneumothorax during pregnancy", e.Side.ToString())));
        bool onSirolimus = t.OnSirolimus;
        if (onSirolimus)
        {
            data.Add(new DataPoint("sirolimus", "taken during pregnancy", t.AsOf));
        }

        Severity severity = endKnown && (onSirolimus || t.OpenEpisode() is not null) ? Severity.Critical : Severity.Warning;
        string unsure = endKnown ? string.Empty : $"A pregnancy recorded on {pregnancy.Date} has no recorded end; confirm whether it is ongoing. ";
        string message = unsure + (onSirolimus
            ? "Pregnant while taking sirolimus: embryo-fetal toxicity, and a high risk of pneumothorax."
            : Inv($"Pregnant: pregnancy is a pneumothorax trigger in LAM ({during.Count} episode(s) during this pregnancy)."));
        return Found(context.Finding(severity, message,
            "Case 1: pneumothorax was induced by pregnancy, with recurrences at 20, 25, 28 and 30 weeks and respiratory failure at 31 weeks. Label 8.1: sirolimus can cause fetal harm. Pregnancy is associated with FEV1 and DLCO decline (Thorax 2020).",
            onSirolimus
                ? "Stop sirolimus and refer to obstetrics and the LAM team at once; review the pneumothorax plan."
                : "Joint obstetric and respiratory follow-up; a low threshold for chest imaging with chest pain or dyspnoea; plan sirolimus after delivery once any pneumothorax has resolved.",
            data, "pregnancyWithoutEndAssumedWeeks"));
    }
}
