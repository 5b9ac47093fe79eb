using LamTrack.Application.Pharmacokinetics;
using LamTrack.Dosing;
using LamTrack.Guidance.Interactions;
using LamTrack.Measures.Quantities;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Engine;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Proposals.Plans;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Application.Guidance;

/// <summary>Sizes an interaction for one patient: the table's fold (<see cref="ClearanceTableInteractionForecaster"/>) and,
/// when the request carries her record, her own troughs on the current dose from the MAP estimate of the PK model.</summary>
/// <remarks>
/// The record is mapped as for a dose proposal with the change date as decision date (troughs up to the change inform
/// the estimate; with none the population prior is used and said). The current dose is continued daily from the change
/// with the interaction table's CL/F time course. The next planned trough is forecast on that history; the new steady
/// state is the periodic steady state with the CL/F multiplier once every change has settled (120 days on). Intervals are
/// the 5th–95th percentiles over posterior draws (<see cref="PharmacokineticsOptions.ForecastSamples"/>, seed
/// <see cref="PharmacokineticsOptions.Seed"/>). The dose back to the window is the model's steady-state dose for the window
/// centre (<see cref="DosePlanner.NeededDailyMilligrams"/>). When the model does not apply, only the table's forecast is given.
/// </remarks>
public sealed class EstimatedInteractionForecaster(ModelCatalogue catalogue, PharmacokineticsOptions options) : IInteractionForecaster
{
    private const int SettledDays = 120;
    private readonly ClearanceTableInteractionForecaster _table = new(catalogue.Interactions);

    /// <inheritdoc/>
    public InteractionForecastOutcome Forecast(InteractionForecastRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        InteractionForecastOutcome outcome = _table.Forecast(request);
        if (outcome.Forecast is not { } sized || request.Patient is null || request.NextTroughDate is null || catalogue.Find(options.DefaultModelId) is not { } model)
        {
            return outcome;
        }

        IndividualInteractionForecast? individual = Individual(request, model);
        return individual is null ? outcome : InteractionForecastOutcome.Available(sized with { Individual = individual });
    }

    private IndividualInteractionForecast? Individual(InteractionForecastRequest request, PopulationModel model)
    {
        PatientPkMapping? mapping = PatientPkMapper.Map(request.Patient!, new PatientPkOptions(request.ChangeDate, new Dictionary<string, string>()));
        double dose = request.SirolimusDailyDose.ToMilligramsPerDay();
        if (mapping is null || !(dose > 0))
        {
            return null;
        }

        PkResponse response = PkEngine.Run(new PkRequest(model, mapping.Treatment, catalogue.Interactions, new PkWanted(mapping.Treatment.Observations.Count > 0, [], null, options.ForecastSamples, options.Seed)));
        if (response.Applicability.Prior is not SubjectPrior prior)
        {
            return null;
        }

        double change = mapping.HoursAt(request.ChangeDate), next = mapping.HoursAt(request.NextTroughDate!.Value), settled = change + (SettledDays * 24.0);
        var schedule = catalogue.Interactions.Resolve(mapping.Treatment.CoMedications, settled).Clearance;
        DosingHistory doses = mapping.Treatment.Doses.Before(change).Append(DosingHistory.Regular(Dose.FromMilligrams(dose), 24, SettledDays, change).Doses);
        ForecastPoint at = Forecaster.Forecast(prior, response.Estimate, doses, schedule, [next], options.ForecastSamples, options.Seed)[0];
        double multiplier = schedule.MultiplierAt(settled);
        TroughPrediction steady = SteadyState(prior, response.Estimate, multiplier, dose);
        string basis = response.Estimate is null ? $"{model.Id}, population prior (no trough)" : $"{model.Id}, MAP estimate from {mapping.Treatment.Observations.Count(o => o.IsUsed)} trough(s)";
        double? back = request.Window is { } w ? DosePlanner.NeededDailyMilligrams(prior, response.Estimate, multiplier, new TargetWindow(w.Low.ToNanogramsPerMillilitre(), w.High.ToNanogramsPerMillilitre(), "guidance settings")) : null;
        return new IndividualInteractionForecast(basis, steady, request.NextTroughDate.Value, Prediction(at.PredictionNanogramsPerMillilitre, at.LowerNanogramsPerMillilitre, at.UpperNanogramsPerMillilitre),
            back is { } b ? DailyDose.FromMilligramsPerDay(b) : null, back is not { } v || v > SirolimusLabel.MaximumDailyDose.ToMilligramsPerDay());
    }

    private TroughPrediction SteadyState(SubjectPrior prior, MapEstimate? estimate, double multiplier, double dose)
    {
        var sampler = PosteriorSampler.Create(prior, estimate, options.Seed);
        double Trough(IReadOnlyList<double> eta) => ConcentrationSolver.SteadyStateTrough(prior.Individual([.. eta]).WithClearanceMultipliedBy(multiplier), dose, 24);
        double[] draws = new double[options.ForecastSamples];
        var eta = new double[prior.EtaCount];
        for (int s = 0; s < draws.Length; s++)
        {
            sampler.Next(eta);
            draws[s] = Trough(eta);
        }

        Array.Sort(draws);
        return Prediction(Trough(sampler.Mode), Percentile(draws, 0.05), Percentile(draws, 0.95));
    }

    private static double Percentile(double[] sorted, double q)
    {
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos);
        return sorted[lo] + ((pos - lo) * (sorted[Math.Min(lo + 1, sorted.Length - 1)] - sorted[lo]));
    }

    private static TroughPrediction Prediction(double mode, double lower, double upper) =>
        new(Concentration(mode), Concentration(lower), Concentration(upper));

    private static MassConcentration Concentration(double nanogramsPerMillilitre) =>
        MassConcentration.FromNanogramsPerMillilitre(Math.Min(nanogramsPerMillilitre, MassConcentration.MaximumNanogramsPerMillilitre));
}
