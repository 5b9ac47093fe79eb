using LamTrack.Domain.Events;
using LamTrack.Guidance.Findings;
using MathNet.Numerics.LinearRegression;
using NodaTime;

namespace LamTrack.Guidance.Rules.Indication;

/// <summary>LAM-IND-002: an FEV1 decline of 90 mL/year or more, from the least-squares slope of the recorded volumes.</summary>
/// <remarks>slope (mL/year) = ordinary least-squares slope of FEV1 (mL) on time (days since the first test) × 365.25.</remarks>
internal sealed class Fev1DeclineRule() : RuleBase("LAM-IND-002")
{
    public override RuleOutcome Evaluate(GuidanceContext context)
    {
        var tests = context.Timeline.Known<PulmonaryFunctionTest>()
            .Select(p => (Test: p, Fev1: p.Get(PftMeasure.Fev1)?.Absolute))
            .Where(x => x.Fev1 is not null).ToList();
        int spanDays = tests.Count < 2 ? 0 : Period.DaysBetween(tests[0].Test.Date.Midpoint, tests[^1].Test.Date.Midpoint);
        if (tests.Count < 2 || spanDays < context.Settings.Fev1SlopeMinimumSpanDays)
        {
            return NotApplicable(Inv($"missing input: a slope needs at least two FEV1 volumes spanning {context.Settings.Fev1SlopeMinimumSpanDays} days; {tests.Count} recorded, spanning {spanDays} days"));
        }

        LocalDate origin = tests[0].Test.Date.Midpoint;
        double[] days = [.. tests.Select(x => (double)Period.DaysBetween(origin, x.Test.Date.Midpoint))];
        double[] millilitres = [.. tests.Select(x => x.Fev1!.ToVolume().ToMillilitres())];
        double slopeMillilitresPerYear = SimpleRegression.Fit(days, millilitres).B * 365.25;
        double thresholdMillilitresPerYear = context.Settings.Fev1DeclineThreshold.ToMillilitresPerYear();
        if (slopeMillilitresPerYear > -thresholdMillilitresPerYear)
        {
            return Nothing();
        }

        var data = tests.Select(x => PatientTimeline.Point(x.Test, "FEV1", x.Fev1!.ToString())).ToList();
        return Found(IndicationText.Met(context, Severity.Warning, Inv($"FEV1 slope {slopeMillilitresPerYear:0} mL/year, a decline of at least {thresholdMillilitresPerYear:0} mL/year"),
            Inv($"Least-squares slope over {tests.Count} tests spanning {spanDays} days. The 90 mL/year criterion is the Chinese consensus' (also quoted by the case series), not confirmed as an ATS/JRS criterion."),
            data, "fev1DeclineThresholdMillilitresPerYear", "fev1SlopeMinimumSpanDays"));
    }
}
