using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;

namespace LamTrack.Guidance.Rules.Surgery;

/// <summary>LAM-SUR-002: stop sirolimus when the patient is listed for lung transplantation.</summary>
/// <remarks>A listing is read from a condition whose name mentions transplant and listing (or waiting list); the record has no dedicated event for it.</remarks>
internal sealed class TransplantListingRule() : RuleBase("LAM-SUR-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        PatientTimeline t = context.Timeline;
        Condition? listing = t.Known<Condition>().LastOrDefault(c => IsListing(c.Name) && (c.Resolution is null || !t.IsKnown(c.Resolution)));
        if (listing is null)
        {
            return Nothing();
        }

        var data = new List<DataPoint> { PatientTimeline.Point(listing, "transplant listing", listing.Name) };
        if (t.OnSirolimus)
        {
            return Found(context.Finding(Severity.Critical, "Listed for lung transplantation while taking sirolimus.",
                "Boxed warning: bronchial anastomotic dehiscence after lung transplantation on sirolimus. ATS/JRS 2016 (read in a secondary summary): stop at listing; LAM Foundation (secondary): stop at least a month before listing.",
                "Stop sirolimus now and tell the transplant centre.", data, "transplantStopBeforeListingDays"));
        }

        SirolimusCourse? last = t.LastCourse;
        if (last?.Stop is { } stop && stop.DaysUntil(listing.Date) < context.Settings.TransplantStopBeforeListingDays)
        {
            data.Add(PatientTimeline.Point(stop, "sirolimus stopped", last.StopReason ?? "stopped"));
            return Found(context.Finding(Severity.Info, Inv($"Sirolimus stopped {stop.DaysUntil(listing.Date)} days before transplant listing."),
                "The LAM Foundation advises stopping at least a month before listing (secondary source).",
                "Tell the transplant centre when sirolimus was stopped.", data, "transplantStopBeforeListingDays"));
        }

        return Nothing();
    }

    private static bool IsListing(string name) =>
        name.Contains("transplant", StringComparison.OrdinalIgnoreCase)
        && (name.Contains("list", StringComparison.OrdinalIgnoreCase) || name.Contains("waiting", StringComparison.OrdinalIgnoreCase));
}
