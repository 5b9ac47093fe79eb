using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Indication;

/// <summary>The shared wording of the indication rules: a met criterion is advice to start when off sirolimus, information when on it.</summary>
internal static class IndicationText
{
    public static Finding Met(GuidanceContext context, Severity whenUntreated, string criterion, string reasoning, IReadOnlyList<DataPoint> data, params string[] settings)
    {
        PatientTimeline t = context.Timeline;
        if (t.OnSirolimus)
        {
            return context.Finding(Severity.Info, $"Indication for sirolimus present ({criterion}); sirolimus is being taken.", reasoning,
                "Continue sirolimus with trough monitoring.", data, settings);
        }

        string stopped = t.LastCourse is { Stop: { } stop } ? $" Sirolimus was stopped on {stop}." : string.Empty;
        return context.Finding(whenUntreated, $"Indication for sirolimus: {criterion}; not on sirolimus.{stopped}", reasoning,
            "Discuss starting sirolimus 2 mg/day with the patient (once any pneumothorax has resolved and wounds have healed); first trough 10-20 days after the start.",
            data, settings);
    }
}
