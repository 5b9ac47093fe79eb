using System.Globalization;
using LamTrack.Application.Problems;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Simulation;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Monte Carlo of virtual patients: the trough distribution and the probability of target attainment by day (the use
/// case behind <c>lamtrack pk population</c>).</summary>
/// <remarks>A request value out of range (an interval that does not divide the days, a run past the simulation limits, a
/// report day outside the simulation, a covariate the model does not have) is a <c>PK-008</c> problem; a model that does not
/// apply to the covariates gives a result that says so (<c>PK-005</c>) and simulates nothing.</remarks>
public sealed class PkPopulationService
{
    private readonly PkModelSource _models;

    /// <summary>Creates the service.</summary>
    public PkPopulationService(ModelCatalogue catalogue) =>
        _models = new PkModelSource(catalogue ?? throw new ArgumentNullException(nameof(catalogue)));

    /// <summary>Simulates <see cref="PkPopulationRequest.Subjects"/> virtual patients.</summary>
    /// <param name="request">The model, the regimen and what to report.</param>
    /// <param name="progress">Told the fraction done (0–1), or null.</param>
    /// <param name="cancellationToken">Stops the simulation between chunks of subjects.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PkOutcome<PkPopulationResult>> SimulateAsync(PkPopulationRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => Simulate(request, progress, cancellationToken), cancellationToken);
    }

    private PkOutcome<PkPopulationResult> Simulate(PkPopulationRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if (!TargetWindows.TryParse(request.Target, out TargetWindow? window, out Problem? problem))
        {
            return PkOutcome<PkPopulationResult>.Failed(problem!);
        }

        (PopulationModel? model, Problem? modelProblem) = PkInputs.Model(_models, request.Model);
        if (model is null)
        {
            return PkOutcome<PkPopulationResult>.Failed(modelProblem!);
        }

        if (UnknownCovariate(request, model) is { } unknown)
        {
            return PkOutcome<PkPopulationResult>.Failed(PkInputs.Invalid(unknown, "--covariate"));
        }

        ModelApplicability applicability = model.Apply(new Dictionary<string, double>(request.Covariates, StringComparer.OrdinalIgnoreCase));
        if (applicability.Prior is not SubjectPrior prior)
        {
            var result = new PkPopulationResult(PkModelSource.Summary(model), PkInputs.Caveats(applicability), false, TargetWindows.Summary(window!), []);
            return new PkOutcome<PkPopulationResult>(result, [.. applicability.Reasons.Select(r => PkProblems.From(PharmacokineticsProblemCodes.ModelNotApplicable, PkInputs.NotApplicable + r))]);
        }

        if (Check(request) is { } invalid)
        {
            return PkOutcome<PkPopulationResult>.Failed(invalid);
        }

        PopulationSimulationResult run;
        try
        {
            run = PopulationSimulator.Run(Create(request, prior, window!), progress, cancellationToken);
        }
        catch (ArgumentException e)
        {
            // The engine's own guards (a dose or a count out of range).
            return PkOutcome<PkPopulationResult>.Failed(PkInputs.Invalid(e.Message));
        }

        var done = new PkPopulationResult(PkModelSource.Summary(model), PkInputs.Caveats(applicability), true, TargetWindows.Summary(window!), [.. run.Summaries.Select(Distribution)]);
        return new PkOutcome<PkPopulationResult>(done, []);
    }

    private static string? UnknownCovariate(PkPopulationRequest request, PopulationModel model)
    {
        string? name = request.Covariates.Keys.FirstOrDefault(k => !model.Covariates.Any(c => string.Equals(c.Name, k, StringComparison.OrdinalIgnoreCase)));
        if (name is null)
        {
            return null;
        }

        string known = model.Covariates.Count == 0 ? "none" : string.Join(", ", model.Covariates.Select(c => c.Name));
        return $"--covariate {name}: model {model.Id} has no such covariate (its covariates: {known})";
    }

    private static Problem? Check(PkPopulationRequest r)
    {
        double hours = r.Interval.TotalHours;
        if (!(hours > 0) || 24.0 * r.Days % hours != 0)
        {
            return PkInputs.Invalid($"--interval {hours} h must be positive and divide the {r.Days} days evenly", "--interval");
        }

        if (SimulationLimits.Problem(24.0 * r.Days / hours, r.Subjects) is { } tooMuch)
        {
            return PkInputs.Invalid($"--days {r.Days} --interval {hours} --n {r.Subjects}: {tooMuch}", "--days");
        }

        // A day outside the simulation used to be dropped without a word.
        int[] outside = [.. r.ReportDays.Where(d => d < 1 || d > r.Days)];
        return outside.Length == 0
            ? null
            : PkInputs.Invalid(PkPopulationRequest.ReportDayRule(outside[0].ToString(CultureInfo.InvariantCulture), r.Days), "--report-days");
    }

    private static PopulationSimulationRequest Create(PkPopulationRequest r, SubjectPrior prior, TargetWindow window)
    {
        double hours = r.Interval.TotalHours;
        int intervals = (int)(24.0 * r.Days / hours);
        int[] report = [.. r.ReportDays.Select(d => (int)(24.0 * d / hours)).Where(i => i >= 1).Distinct()];
        return new PopulationSimulationRequest(prior, r.Dose.ToMilligrams(), hours, intervals, r.Subjects, r.Seed,
            window.LowNanogramsPerMillilitre, window.HighNanogramsPerMillilitre, report.Length > 0 ? report : [intervals], r.ResidualError);
    }

    private static PkTroughDistribution Distribution(TroughSummary s) =>
        new(s.TimeHours, s.Mean, s.P05, s.P25, s.Median, s.P75, s.P95, s.ProbabilityBelow, s.ProbabilityInTarget, s.ProbabilityAbove);
}
