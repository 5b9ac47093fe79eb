namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>Cuts the plan horizon into phases at the days the interaction state changes.</summary>
/// <remarks>
/// Cut points are the starts and stops of the sized co-medications and the ends of their onset and washout
/// (<see cref="PlanPeriod"/>), each moved to the next dose day. A phase shorter than <see cref="MinimumPhaseDays"/> is
/// joined to the phase after it (the last one to the phase before it), and neighbours with the same state are joined:
/// switching a regimen for one or two days is not a practical instruction.
/// </remarks>
internal static class PlanSegments
{
    public const double MinimumPhaseDays = 3;

    public static List<PlanSegment> Find(IReadOnlyList<PlanPeriod> periods, double decisionHours, double endHours)
    {
        var cuts = new SortedSet<double> { decisionHours, endHours };
        foreach (double t in periods.SelectMany(p => p.ChangeTimes).Where(double.IsFinite))
        {
            double day = decisionHours + (24 * Math.Ceiling(((t - decisionHours) / 24) - 1e-9));
            if (day > decisionHours && day < endHours)
            {
                cuts.Add(day);
            }
        }

        double[] c = [.. cuts];
        List<PlanSegment> segments = [.. c.Zip(c.Skip(1), (a, b) => new PlanSegment(a, b, Label(periods, 0.5 * (a + b))))];
        return Joined(segments);
    }

    private static List<PlanSegment> Joined(List<PlanSegment> segments)
    {
        for (int i = 0; i < segments.Count - 1;)
        {
            if (segments[i].Label == segments[i + 1].Label || segments[i].LengthDays < MinimumPhaseDays)
            {
                segments[i] = new PlanSegment(segments[i].StartHours, segments[i + 1].EndHours, segments[i + 1].Label);
                segments.RemoveAt(i + 1);
                continue;
            }

            i++;
        }

        if (segments.Count > 1 && segments[^1].LengthDays < MinimumPhaseDays)
        {
            segments[^2] = segments[^2] with { EndHours = segments[^1].EndHours };
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    private static string Label(IReadOnlyList<PlanPeriod> periods, double t)
    {
        string[] states = [.. periods.Select(p => p.StateAt(t)).OfType<string>()];
        return states.Length > 0 ? string.Join("; ", states) : "no interacting drug";
    }
}
