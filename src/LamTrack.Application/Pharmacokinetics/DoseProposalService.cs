using LamTrack.Application.Problems;
using LamTrack.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using Microsoft.Extensions.Options;

namespace LamTrack.Application.Pharmacokinetics;

/// <summary>Dose proposals for one patient, with the forecast as data (the use case behind <c>lamtrack pk dose</c> and the web trough workspace).</summary>
/// <remarks>
/// Maps the record to the engine's treatment (<see cref="PatientPkMapper"/>), estimates the patient's parameters (MAP),
/// scores every standard regimen by its posterior probability of keeping each steady-state trough in the window, and
/// forecasts the best one from the decision date with a 90 % band. When the CL/F multiplier from interacting drugs changes
/// within the forecast horizon (<see cref="PharmacokineticsOptions.ForecastDays"/>), the report also carries a dose plan in
/// phases (<see cref="DoseProposalReport.Plan"/>) and the forecast follows that plan. The numerical settings come from
/// <see cref="PharmacokineticsOptions"/>. User mistakes come back as <c>PK-…</c> problems; nothing is thrown for them.
/// </remarks>
public sealed class DoseProposalService
{
    private readonly PkModelSource _models;
    private readonly PharmacokineticsOptions _options;

    /// <summary>Creates the service.</summary>
    public DoseProposalService(ModelCatalogue catalogue, IOptions<PharmacokineticsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _models = new PkModelSource(catalogue ?? throw new ArgumentNullException(nameof(catalogue)));
        _options = options.Value;
    }

    /// <summary>Proposes doses for <see cref="ProposeDoseRequest.Patient"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<DoseProposalOutcome> ProposeAsync(ProposeDoseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Propose(request, cancellationToken));
    }

    private DoseProposalOutcome Propose(ProposeDoseRequest request, CancellationToken cancellationToken)
    {
        if (!TargetWindows.TryParse(request.Target, out TargetWindow? window, out Problem? problem))
        {
            return PkProblems.Failed(problem!);
        }

        PatientPkMapping? mapping = PatientPkMapper.Map(request.Patient, new PatientPkOptions(request.DecisionDate, request.AssumedAgents));
        if (mapping is null)
        {
            return PkProblems.Failed(PkProblems.From(PharmacokineticsProblemCodes.NoSirolimusCourse,
                $"patient {request.Patient.Id} has no sirolimus course: nothing to propose from"));
        }

        (PopulationModel? model, Problem? modelProblem) = _models.Model(request.ModelId ?? _options.DefaultModelId, request.ModelFile);
        (InteractionTable? table, Problem? tableProblem) = _models.Interactions(request.InteractionsFile);
        if (modelProblem is not null || tableProblem is not null)
        {
            return new DoseProposalOutcome(null, [.. new[] { modelProblem, tableProblem }.OfType<Problem>()]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var wish = new ProposalWish(window!, mapping.HoursAt(mapping.DecisionDate), mapping.CurrentDailyMilligrams) { PlanHorizonHours = 24.0 * _options.ForecastDays };
        var wanted = new PkWanted(true, [], wish, _options.ProposalSamples, _options.Seed);
        PkResponse response = PkEngine.Run(new PkRequest(model!, mapping.Treatment, table!, wanted));
        var builder = new DoseProposalReportBuilder(_options, mapping, response, window!, table!);
        DoseProposalReport report = builder.Build(request.IncludeForecast);
        IReadOnlyList<Problem> problems = report.IsApplicable
            ? []
            : [.. report.NotApplicableReasons.Select(r => PkProblems.From(PharmacokineticsProblemCodes.ModelNotApplicable, "NOT APPLICABLE: " + r))];
        return new DoseProposalOutcome(report, problems);
    }
}
