namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>The regimen chosen for one phase at the posterior mode, before its band is drawn.</summary>
internal sealed record PlanChoice(PlanSegment Segment, DoseCandidate Regimen, double? NeededDailyMilligrams, double[] ModeTroughs)
{
    /// <summary>The phase's trough times, h: every 24 h in (start, end], drawn just before the dose.</summary>
    public double[] TroughTimes => TroughTimesOf(Segment);

    public static double[] TroughTimesOf(PlanSegment s) =>
        [.. Enumerable.Range(1, (int)Math.Round(s.LengthDays)).Select(k => s.StartHours + (24.0 * k))];
}
