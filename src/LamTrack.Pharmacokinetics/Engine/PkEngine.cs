using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Estimation;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Proposals;
using LamTrack.Pharmacokinetics.Proposals.Plans;

namespace LamTrack.Pharmacokinetics.Engine;

/// <summary>The single entry point: checks the model's validity domain, resolves interactions, then estimates, forecasts and proposes as asked.</summary>
/// <remarks>
/// Outside the validity domain (or with a required covariate missing) the response is not applicable with the reasons and
/// nothing is computed. Off-population use (every published sirolimus model is from transplant patients) and assumed
/// covariates are listed in <see cref="PkResponse.Caveats"/>. Co-medications become a CL/F schedule through the
/// interaction table; unknown ones are reported as unknown.
/// </remarks>
public static class PkEngine
{
    /// <summary>Runs the request.</summary>
    public static PkResponse Run(PkRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ModelApplicability applicability = request.Model.Apply(request.Treatment.Covariates);
        PkTreatment t = request.Treatment;
        double horizon = Horizon(request);
        InteractionResolution interactions = request.Interactions.Resolve(t.CoMedications, horizon);
        if (applicability.Prior is not SubjectPrior prior)
        {
            return new PkResponse(applicability, interactions.Notes, null, [], null);
        }

        PkWanted w = request.Wanted;
        var subject = EstimationSubject.Create(t.Doses, interactions.Clearance, t.Observations);
        MapEstimate? estimate = w.Estimate ? MapEstimator.Estimate(prior, subject) : null;
        IReadOnlyList<ForecastPoint> forecast = w.ForecastTimesHours.Count > 0
            ? Forecaster.Forecast(prior, estimate, t.Doses, interactions.Clearance, w.ForecastTimesHours, w.Samples, w.Seed)
            : [];
        if (w.Proposals is not ProposalWish wish)
        {
            return new PkResponse(applicability, interactions.Notes, estimate, forecast, null);
        }

        DoseProposalRequest proposal = ProposalRequest(prior, estimate, subject, wish, w);
        DosePlan? plan = wish.PlanHorizonHours > 0
            ? DosePlanner.Plan(new DosePlanRequest(proposal, t.CoMedications, request.Interactions, wish.PlanHorizonHours))
            : null;
        return new PkResponse(applicability, interactions.Notes, estimate, forecast, DoseProposer.Propose(proposal)) { Plan = plan };
    }

    private static DoseProposalRequest ProposalRequest(SubjectPrior prior, MapEstimate? estimate, EstimationSubject subject, ProposalWish wish, PkWanted w)
    {
        Observation? last = subject.UsedObservations.LastOrDefault(o => !o.IsCensored);
        return new DoseProposalRequest(prior, estimate, subject.Doses, subject.Clearance, wish.DecisionTimeHours, wish.Window,
            DoseCandidate.Standard(), w.Samples, w.Seed, wish.CurrentDailyMilligrams, last?.ValueNanogramsPerMillilitre);
    }

    private static double Horizon(PkRequest r)
    {
        double last = r.Treatment.Doses.Doses.Count > 0 ? r.Treatment.Doses.Doses[^1].TimeHours : 0;
        last = Math.Max(last, r.Treatment.Observations.Count > 0 ? r.Treatment.Observations.Max(o => o.TimeHours) : 0);
        last = Math.Max(last, r.Wanted.ForecastTimesHours.Count > 0 ? r.Wanted.ForecastTimesHours.Max() : 0);
        double ahead = Math.Max(60 * 24, r.Wanted.Proposals?.PlanHorizonHours ?? 0);
        return Math.Max(last, (r.Wanted.Proposals?.DecisionTimeHours ?? 0) + ahead);
    }
}
