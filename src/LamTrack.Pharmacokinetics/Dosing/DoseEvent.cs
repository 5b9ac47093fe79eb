using LamTrack.Measures.Quantities;

namespace LamTrack.Pharmacokinetics.Dosing;

/// <summary>One administration at a time after the reference time of the history.</summary>
/// <remarks>
/// Times in hours from the history's reference (time 0), amounts in mg. When <see cref="SteadyStateIntervalHours"/> is
/// positive the dose is a NONMEM SS=1 record: the system is reset to the steady state of this dose given every
/// interval up to this time (earlier doses are discarded), then this dose is given.
/// </remarks>
public readonly record struct DoseEvent
{
    private DoseEvent(double timeHours, double amountMilligrams, DoseCompartment compartment, double ssInterval)
    {
        TimeHours = timeHours;
        AmountMilligrams = amountMilligrams;
        Compartment = compartment;
        SteadyStateIntervalHours = ssInterval;
    }

    /// <summary>Time of the administration, h from the reference.</summary>
    public double TimeHours { get; }

    /// <summary>Amount given, mg (&gt; 0).</summary>
    public double AmountMilligrams { get; }

    /// <summary>Target compartment.</summary>
    public DoseCompartment Compartment { get; }

    /// <summary>Steady-state interval in h, or 0 when the record is not a steady-state dose.</summary>
    public double SteadyStateIntervalHours { get; }

    /// <summary>An oral dose.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The time is not finite or the dose is zero.</exception>
    public static DoseEvent Oral(double timeHours, Dose amount) => Create(timeHours, amount.ToMilligrams(), DoseCompartment.Depot, 0);

    /// <summary>A dose with every option.</summary>
    /// <param name="timeHours">Time, h from the reference; finite.</param>
    /// <param name="amountMilligrams">Amount, mg; finite and positive.</param>
    /// <param name="compartment">Target compartment.</param>
    /// <param name="steadyStateIntervalHours">0, or the SS interval in h (positive).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static DoseEvent Create(double timeHours, double amountMilligrams, DoseCompartment compartment, double steadyStateIntervalHours)
    {
        if (!double.IsFinite(timeHours))
        {
            throw new ArgumentOutOfRangeException(nameof(timeHours), timeHours, "must be a finite number of hours");
        }

        if (!double.IsFinite(amountMilligrams) || amountMilligrams <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amountMilligrams), amountMilligrams, "a dose must be a positive number of mg");
        }

        if (!double.IsFinite(steadyStateIntervalHours) || steadyStateIntervalHours < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(steadyStateIntervalHours), steadyStateIntervalHours, "must be 0 or a positive number of hours");
        }

        return new DoseEvent(timeHours, amountMilligrams, compartment, steadyStateIntervalHours);
    }
}
