using System.Globalization;
using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Pharmacokinetics.Proposals.Plans;

/// <summary>The sentences of a plan: why it is needed, the time courses assumed, and the option of changing the drug.</summary>
internal static class PlanTexts
{
    public static string Reason(double low, double high, double horizonHours, IReadOnlyList<PlanPeriod> periods) =>
        string.Create(CultureInfo.InvariantCulture,
            $"the CL/F multiplier from interactions ranges from ×{low:0.###} to ×{high:0.###} within {horizonHours / 24:0} days of the decision ({string.Join(", ", periods.Select(p => p.Perpetrator.Name).Distinct())}): one steady-state dose cannot hold the trough in the window, so the dose is planned in phases");

    public static IReadOnlyList<string> TimeCourses(IReadOnlyList<PlanPeriod> periods) =>
        [.. periods.Select(p => p.Perpetrator).DistinctBy(p => p.Name).Select(TimeCourse)];

    public static IReadOnlyList<string> Alternatives(IReadOnlyList<PlanPeriod> periods, double decisionHours) =>
        [.. periods.Where(p => p.StopHours > decisionHours).Select(p => p.Perpetrator).DistinctBy(p => p.Name).Select(Alternative)];

    private static string TimeCourse(Perpetrator p)
    {
        bool unverified = p.TimeVerification.Contains("UNVERIFIED", StringComparison.OrdinalIgnoreCase);
        string flag = unverified ? "; UNVERIFIED: a configurable assumption of the interaction table, not a sourced value" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Name}: CL/F ×{p.ClearanceFold:0.###} {p.FoldVerification} ({p.FoldBasis}); onset τ {p.OnsetTimeConstantHours:0} h, offset τ {p.OffsetTimeConstantHours:0} h {p.TimeVerification} ({p.TimeBasis}); a phase ends after {PlanPeriod.TimeConstantsToSettle:0} τ{flag}");
    }

    private static string Alternative(Perpetrator p)
    {
        string kind = p.Kind == PerpetratorKind.Inducer ? "inducer" : "inhibitor";
        string label = p.Listing is { } l ? $"; label: {l.Note} [{l.Tag}]" : string.Empty;
        string avoid = p.Listing?.Strength == "strong" ? " The label advises avoiding this combination." : string.Empty;
        return $"Option: change {p.Name} (a CYP3A4/P-gp {kind} of sirolimus) to an agent that does not interact with sirolimus, which makes this plan unnecessary{label}.{avoid}";
    }
}
