using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Solver;

/// <summary>Exact concentrations of a linear oral one- or two-compartment model over any dosing history.</summary>
/// <remarks>
/// The state (depot, central, peripheral) is propagated exactly from event to event (dose, CL/F change point, output
/// time) with <see cref="Propagator"/>; by linearity this equals the superposition of every dose's closed-form
/// response, and it stays exact across CL/F change points where superposition with fixed exponentials would not.
/// Concentration C = A1 / V × 1000 in ng/mL (A1 in mg, V in L). A dose and an output at the same time: the output is
/// taken first (a trough drawn just before the dose). Time 0 is the history's reference; before the first dose C = 0.
/// </remarks>
public static class ConcentrationSolver
{
    /// <summary>Conversion from mg/L to ng/mL.</summary>
    public const double NanogramsPerMillilitrePerMilligramPerLitre = 1000.0;

    /// <summary>Concentrations (ng/mL) at <paramref name="timesHours"/>, which must be in non-decreasing order.</summary>
    /// <param name="parameters">The subject's parameters (CL/F before any multiplier).</param>
    /// <param name="history">The doses.</param>
    /// <param name="clearance">CL/F multipliers over time; <see cref="ClearanceSchedule.None"/> for none.</param>
    /// <param name="timesHours">Output times in h, non-decreasing.</param>
    /// <param name="concentrationsNanogramsPerMillilitre">Receives one value per time.</param>
    /// <exception cref="ArgumentException">The spans differ in length or the times are not in order.</exception>
    public static void Predict(
        IndividualParameters parameters, DosingHistory history, ClearanceSchedule clearance,
        ReadOnlySpan<double> timesHours, Span<double> concentrationsNanogramsPerMillilitre)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(clearance);
        if (timesHours.Length != concentrationsNanogramsPerMillilitre.Length)
        {
            throw new ArgumentException("one output slot per time is required", nameof(concentrationsNanogramsPerMillilitre));
        }

        var walk = new EventWalker(parameters, clearance);
        walk.Run(history.Span, timesHours, concentrationsNanogramsPerMillilitre);
    }

    /// <summary>Concentrations (ng/mL) at <paramref name="timesHours"/> with no interaction.</summary>
    /// <exception cref="ArgumentException">The times are not in order.</exception>
    public static double[] Predict(IndividualParameters parameters, DosingHistory history, params double[] timesHours)
    {
        ArgumentNullException.ThrowIfNull(timesHours);
        var result = new double[timesHours.Length];
        Predict(parameters, history, ClearanceSchedule.None, timesHours, result);
        return result;
    }

    /// <summary>Steady-state trough (ng/mL) of <paramref name="doseMilligrams"/> mg every <paramref name="intervalHours"/> h with constant parameters.</summary>
    /// <remarks>Exact: the periodic solution of (I − Φ)·x = Φ·d (see <see cref="SteadyState"/>).</remarks>
    public static double SteadyStateTrough(IndividualParameters parameters, double doseMilligrams, double intervalHours)
    {
        var prop = new Propagator(parameters);
        CompartmentState pre = SteadyState.PreDose(prop, [(0.0, doseMilligrams, DoseCompartment.Depot)], intervalHours);
        return pre.CentralMilligrams / parameters.CentralVolumeLitres * NanogramsPerMillilitrePerMilligramPerLitre;
    }
}
