using LamTrack.Application.Problems;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using Microsoft.Extensions.Options;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>MAP Bayesian estimates of each subject's parameters from her troughs (the use case behind <c>lamtrack pk estimate</c>).</summary>
/// <remarks>Subjects are estimated in parallel, each independently; a forecast, when asked for, uses
/// <see cref="PharmacokineticsOptions.ForecastSamples"/> posterior draws and <see cref="PharmacokineticsOptions.Seed"/>. A bad
/// model, data file or target window comes back as a <c>PK-…</c> problem; nothing is thrown for it.</remarks>
public sealed class PkEstimationService
{
    private readonly PkModelSource _models;
    private readonly PharmacokineticsOptions _options;

    /// <summary>Creates the service.</summary>
    public PkEstimationService(ModelCatalogue catalogue, IOptions<PharmacokineticsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _models = new PkModelSource(catalogue ?? throw new ArgumentNullException(nameof(catalogue)));
        _options = options.Value;
    }

    /// <summary>Estimates every subject of <see cref="PkEstimationRequest.DataFile"/>.</summary>
    /// <param name="request">The model, the data and what to forecast.</param>
    /// <param name="progress">Told the fraction of subjects estimated so far (0–1), or null.</param>
    /// <param name="cancellationToken">Stops the estimation between subjects.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PkOutcome<PkEstimationResult>> EstimateAsync(PkEstimationRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => Estimate(request, progress, cancellationToken), cancellationToken);
    }

    private PkOutcome<PkEstimationResult> Estimate(PkEstimationRequest request, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        if (!TargetWindows.TryParse(request.Target, out TargetWindow? window, out Problem? windowProblem))
        {
            return PkOutcome<PkEstimationResult>.Failed(windowProblem!);
        }

        (PopulationModel? model, Problem? problem) = PkInputs.Model(_models, request.Model);
        if (model is null)
        {
            return PkOutcome<PkEstimationResult>.Failed(problem!);
        }

        (IReadOnlyList<SubjectData>? subjects, Problem? dataProblem) = PkInputs.Data(request.DataFile, DataPurpose.Estimation);
        if (subjects is null)
        {
            return PkOutcome<PkEstimationResult>.Failed(dataProblem!);
        }

        var estimated = new PkSubjectEstimate[subjects.Count];
        int done = 0;
        Parallel.For(0, subjects.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            estimated[i] = EstimateOne(model, subjects[i], request.IncludeForecast);
            progress?.Report((double)Interlocked.Increment(ref done) / subjects.Count);
        });
        var result = new PkEstimationResult(PkModelSource.Summary(model), [.. model.RandomEffects.Select(r => r.Parameter)],
            PopulationModel.RequiredParameters(model.Structure), TargetWindows.Summary(window!), estimated);
        return new PkOutcome<PkEstimationResult>(result, []);
    }

    private PkSubjectEstimate EstimateOne(PopulationModel model, SubjectData s, bool forecast)
    {
        ModelApplicability a = model.Apply(s.Covariates);
        IReadOnlyList<Observation> used = [.. s.Observations.Where(o => o.IsUsed).OrderBy(o => o.TimeHours)];
        if (a.Prior is not SubjectPrior prior)
        {
            return new PkSubjectEstimate(s.Id, PkInputs.Caveats(a), null, [.. used.Select(o => Observed(o, null, null))], null);
        }

        MapEstimate e = MapEstimator.Estimate(prior, EstimationSubject.Create(s.Doses, ClearanceSchedule.None, s.Observations));
        var map = new PkMapEstimate(e.Objective, e.Converged, e.Etas, ParameterValues(model, e), e.PosteriorSd);
        PkEstimatedObservation[] observed = [.. used.Select((o, i) => Observed(o, e.PopulationPredictions[i], e.IndividualPredictions[i]))];
        return new PkSubjectEstimate(s.Id, PkInputs.Caveats(a), map, observed, forecast ? Forecast(prior, e, s) : null);
    }

    private static PkEstimatedObservation Observed(Observation o, double? pred, double? ipred) =>
        new(o.TimeHours, o.ValueNanogramsPerMillilitre, o.IsCensored, pred, ipred)
        {
            IsAboveLimit = o.IsAboveLimit,
            LowerLimitNanogramsPerMillilitre = o.LowerLimitNanogramsPerMillilitre,
            UpperLimitNanogramsPerMillilitre = o.UpperLimitNanogramsPerMillilitre,
        };

    private static double[] ParameterValues(PopulationModel model, MapEstimate e) => model.Structure == ModelStructure.OneCompartmentOral
        ? [e.Parameters.ClearanceLitresPerHour, e.Parameters.CentralVolumeLitres, e.Parameters.AbsorptionRatePerHour]
        : [e.Parameters.ClearanceLitresPerHour, e.Parameters.CentralVolumeLitres, e.Parameters.IntercompartmentalClearanceLitresPerHour,
            e.Parameters.PeripheralVolumeLitres, e.Parameters.AbsorptionRatePerHour];

    // Hourly from the first dose to a day past the last dose, or to the last trough if later.
    private ForecastBandPoint[] Forecast(SubjectPrior prior, MapEstimate e, SubjectData s)
    {
        double end = Math.Max(s.Observations.Select(o => o.TimeHours).DefaultIfEmpty(0).Max(), s.Doses.Doses.Select(d => d.TimeHours).DefaultIfEmpty(0).Max() + 24);
        double[] times = [.. Enumerable.Range(0, (int)Math.Ceiling(end) + 1).Select(h => (double)h)];
        IReadOnlyList<ForecastPoint> points = Forecaster.Forecast(prior, e, s.Doses, ClearanceSchedule.None, times, _options.ForecastSamples, _options.Seed);
        return [.. points.Select(p => new ForecastBandPoint(p.TimeHours, default, p.PredictionNanogramsPerMillilitre, p.LowerNanogramsPerMillilitre, p.UpperNanogramsPerMillilitre))];
    }
}
