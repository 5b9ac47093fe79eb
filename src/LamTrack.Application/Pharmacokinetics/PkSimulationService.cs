using LamTrack.Application.Problems;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Population and individual predictions at every observation record of a data file (the use case behind
/// <c>lamtrack pk simulate</c>).</summary>
/// <remarks>PRED uses the typical parameters for the subject's covariates; IPRED applies the record's <c>ETA_</c> columns
/// (a missing one counts as 0). A bad model or data file comes back as a <c>PK-…</c> problem; nothing is thrown for it.</remarks>
public sealed class PkSimulationService
{
    private readonly PkModelSource _models;

    /// <summary>Creates the service.</summary>
    public PkSimulationService(ModelCatalogue catalogue) =>
        _models = new PkModelSource(catalogue ?? throw new ArgumentNullException(nameof(catalogue)));

    /// <summary>Predicts the concentrations at every observation record of <see cref="PkSimulationRequest.DataFile"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<PkOutcome<PkSimulationResult>> SimulateAsync(PkSimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.Run(() => Simulate(request, cancellationToken), cancellationToken);
    }

    private PkOutcome<PkSimulationResult> Simulate(PkSimulationRequest request, CancellationToken cancellationToken)
    {
        (PopulationModel? model, Problem? problem) = PkInputs.Model(_models, request.Model);
        if (model is null)
        {
            return PkOutcome<PkSimulationResult>.Failed(problem!);
        }

        (IReadOnlyList<SubjectData>? subjects, Problem? dataProblem) = PkInputs.Data(request.DataFile, DataPurpose.Simulation);
        if (subjects is null)
        {
            return PkOutcome<PkSimulationResult>.Failed(dataProblem!);
        }

        var predicted = new List<PkSubjectPredictions>(subjects.Count);
        foreach (SubjectData subject in subjects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            predicted.Add(Predict(model, subject));
        }

        return new PkOutcome<PkSimulationResult>(new PkSimulationResult(PkModelSource.Summary(model), predicted), []);
    }

    private static PkSubjectPredictions Predict(PopulationModel model, SubjectData s)
    {
        ModelApplicability a = model.Apply(s.Covariates);
        double[] times = [.. s.Observations.Select(o => o.TimeHours)];
        double[]? pred = null, ipred = null;
        if (a.Prior is SubjectPrior prior)
        {
            pred = new double[times.Length];
            ConcentrationSolver.Predict(prior.Typical, s.Doses, ClearanceSchedule.None, times, pred);
            if (s.Etas.Count > 0)
            {
                double[] eta = [.. prior.EtaNames.Select(n => s.Etas.TryGetValue(n, out double v) ? v : 0.0)];
                ipred = new double[times.Length];
                ConcentrationSolver.Predict(prior.Individual(eta), s.Doses, ClearanceSchedule.None, times, ipred);
            }
        }

        PkPredictionPoint[] points = [.. times.Select((t, i) => new PkPredictionPoint(t, s.Observations[i].ValueNanogramsPerMillilitre, pred?[i], ipred?[i]))];
        return new PkSubjectPredictions(s.Id, a.IsApplicable, PkInputs.Caveats(a), points);
    }
}
