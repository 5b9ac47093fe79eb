using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>What MAP estimation needs about one subject: doses, CL/F multipliers over time and observations.</summary>
public sealed class EstimationSubject
{
    private EstimationSubject(DosingHistory doses, ClearanceSchedule clearance, Observation[] observations)
    {
        Doses = doses;
        Clearance = clearance;
        Observations = observations;
        UsedObservations = [.. observations.Where(o => o.IsUsed)];
    }

    /// <summary>The doses.</summary>
    public DosingHistory Doses { get; }

    /// <summary>CL/F multipliers (interaction periods).</summary>
    public ClearanceSchedule Clearance { get; }

    /// <summary>All observations in time order.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>The observations that enter the likelihood (measured or censored), in time order.</summary>
    public IReadOnlyList<Observation> UsedObservations { get; }

    /// <summary>Creates the subject; observations are sorted by time.</summary>
    public static EstimationSubject Create(DosingHistory doses, ClearanceSchedule clearance, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(doses);
        ArgumentNullException.ThrowIfNull(clearance);
        ArgumentNullException.ThrowIfNull(observations);
        return new EstimationSubject(doses, clearance, [.. observations.OrderBy(o => o.TimeHours)]);
    }
}
