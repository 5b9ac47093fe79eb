using LamTrack.Dosing;
using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Proposals.Plans;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Turns the engine's response to a dose-proposal request into a <see cref="DoseProposalReport"/>.</summary>
internal sealed class DoseProposalReportBuilder(
    PharmacokineticsOptions options, PatientPkMapping mapping, PkResponse response, TargetWindow window, InteractionTable table)
{
    public DoseProposalReport Build(bool includeForecast)
    {
        DoseProposalReport report = Header();
        if (response.Proposals is not DoseProposalResult p || response.Estimate is not MapEstimate e)
        {
            return report;
        }

        RegimenOption[] regimens = [.. p.Ranked.Select(Option)];
        DosePlanSummary? plan = response.Plan is { } engine ? DosePlanSummaries.From(engine, mapping) : null;
        return report with
        {
            IsApplicable = true,
            Estimate = new IndividualEstimate(e.Parameters.ClearanceLitresPerHour, e.Parameters.CentralVolumeLitres, e.Converged),
            Regimens = regimens,
            NoCandidateLikely = p.Ranked[0].ProbabilityInTarget < options.NoCandidateProbability,
            Proportional = p.Proportional is { } rule ? Proportional(rule) : null,
            NextTroughDate = mapping.DecisionDate.PlusDays(p.NextTroughDaysAfterChange),
            NextTroughReason = p.NextTroughReason,
            ClearanceMultiplierAssumed = p.ClearanceMultiplierAssumed,
            Plan = plan,
            Forecast = includeForecast ? Forecast(p.Ranked[0], response.Plan) : null,
            Warnings = [.. report.Warnings, .. BeyondLabel(regimens, p.Proportional), .. plan is null ? [] : DosePlanSummaries.BeyondLabel(plan)],
        };
    }

    private DoseProposalReport Header()
    {
        ModelApplicability a = response.Applicability;
        return new DoseProposalReport
        {
            PatientId = mapping.PatientId,
            Model = PkModelSource.Summary(a.Model),
            Window = new TroughWindowSummary(window.LowNanogramsPerMillilitre, window.HighNanogramsPerMillilitre, window.Source, window.ToString()),
            ReferenceDate = mapping.Reference.Date,
            DecisionDate = mapping.DecisionDate,
            CurrentDailyMilligrams = mapping.CurrentDailyMilligrams,
            TroughsUsed = mapping.Treatment.Observations.Count,
            NotApplicableReasons = a.Reasons,
            LabelMaximum = new LabelMaximum(SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay(), SirolimusLabel.MaximumDailyDoseSource),
            Troughs = [.. mapping.Treatment.Observations.Where(o => o.IsUsed).Select(Trough)],
            Interactions = [.. response.InteractionNotes.Select(n => new InteractionSummary(n.Drug, n.Perpetrator?.Name, n.Perpetrator?.IsModelled ?? false, n.IsUnverified, n.Message))],
            Assumptions = [.. mapping.Assumptions.Concat(a.Assumptions).Distinct(StringComparer.Ordinal)],
            Warnings = [.. response.Caveats.Except(a.Assumptions, StringComparer.Ordinal).Distinct(StringComparer.Ordinal)],
            Notes = [.. mapping.Assumptions.Concat(response.InteractionNotes.Select(n => n.Message)).Concat(response.Caveats).Distinct(StringComparer.Ordinal)],
            Settings = new PharmacokineticsSettingsUsed(options.ProposalSamples, options.ForecastSamples, options.Seed, options.ForecastDays, options.ForecastStepHours),
        };
    }

    private static RegimenOption Option(DoseProposal d) =>
        new(d.Candidate.Description, d.Candidate.CycleMilligrams, d.Candidate.MeanDailyMilligrams, d.LowestTroughNanogramsPerMillilitre,
            d.HighestTroughNanogramsPerMillilitre, d.ProbabilityInTarget, d.Score,
            SirolimusLabel.IsBeyondLabel(DailyDose.FromMilligramsPerDay(d.Candidate.MeanDailyMilligrams)));

    private static ProportionalDose Proportional(ProportionalRule r) =>
        new(r.CurrentDailyMilligrams, r.TargetNanogramsPerMillilitre, r.MeasuredTroughNanogramsPerMillilitre, r.NewDailyMilligrams, r.RoundedDailyMilligrams, r.IsBeyondLabel);

    private static IEnumerable<string> BeyondLabel(RegimenOption[] regimens, ProportionalRule? rule)
    {
        if (regimens.Length > 0 && regimens[0].IsBeyondLabel)
        {
            yield return $"the best regimen ({regimens[0].Description}) is beyond the label maximum of {SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay():0.##} mg/day ({SirolimusLabel.MaximumDailyDoseSource})";
        }

        if (rule is { IsBeyondLabel: true })
        {
            yield return $"the proportional rule gives {rule.NewDailyMilligrams:0.##} mg/day, beyond the label maximum of {SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay():0.##} mg/day: shown, not capped";
        }
    }

    private TroughPoint Trough(Observation o) => new(
        o.TimeHours, mapping.DayAt(o.TimeHours),
        double.IsFinite(o.ValueNanogramsPerMillilitre) && !o.IsCensored ? o.ValueNanogramsPerMillilitre : null,
        o.IsCensored && !o.IsAboveLimit ? o.LowerLimitNanogramsPerMillilitre : null,
        o.IsAboveLimit ? o.UpperLimitNanogramsPerMillilitre : null);

    private DoseForecast Forecast(DoseProposal best, DosePlan? phased)
    {
        double decision = mapping.HoursAt(mapping.DecisionDate);
        int days = options.ForecastDays;
        IReadOnlyList<double> cycle = best.Candidate.CycleMilligrams;
        IEnumerable<DoseEvent> plan = phased?.Doses() ?? Enumerable.Range(0, days).Select(k => (k, mg: cycle[k % cycle.Count]))
            .Where(x => x.mg > 0).Select(x => DoseEvent.Create(decision + (24.0 * x.k), x.mg, DoseCompartment.Depot, 0));
        DosingHistory doses = mapping.Treatment.Doses.Before(decision).Append(plan);
        double firstTrough = mapping.Treatment.Observations.Select(o => o.TimeHours).DefaultIfEmpty(decision).Min();
        double start = Math.Max(0, Math.Max(firstTrough - (options.HistoryDays * 24), decision - (options.HistoryWindowDays * 24.0)));
        double step = options.ForecastStepHours;
        double[] times = [.. Enumerable.Range(0, (int)((decision + (days * 24) - start) / step)).Select(k => start + (step * k))];
        InteractionResolution interactions = table.Resolve(mapping.Treatment.CoMedications, times[^1]);
        IReadOnlyList<ForecastPoint> f = Forecaster.Forecast(response.Applicability.Prior!, response.Estimate, doses, phased?.Clearance ?? interactions.Clearance, times, options.ForecastSamples, options.Seed);
        ForecastBandPoint[] points = [.. f.Select(p => new ForecastBandPoint(p.TimeHours, mapping.DayAt(p.TimeHours), p.PredictionNanogramsPerMillilitre, p.LowerNanogramsPerMillilitre, p.UpperNanogramsPerMillilitre))];
        string regimen = phased is null ? best.Candidate.Description : $"the dose plan in {phased.Phases.Count} phase(s)";
        return new DoseForecast(regimen, points, options.ForecastSamples, options.Seed);
    }
}
