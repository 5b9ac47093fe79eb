using System.Runtime.CompilerServices;
using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Solver;

/// <summary>Walks doses, CL/F change points and output times in time order, propagating the state exactly.</summary>
internal sealed class EventWalker
{
    private readonly IndividualParameters _base;
    private readonly ClearanceSchedule _clearance;
    private readonly List<(double Multiplier, Propagator Propagator)> _cache = [];
    private Propagator _current;
    private readonly double _volume;

    public EventWalker(IndividualParameters parameters, ClearanceSchedule clearance)
    {
        _base = parameters;
        _clearance = clearance;
        _volume = parameters.CentralVolumeLitres;
        _current = For(1.0);
    }

    // Compiled optimised at the first call: a MAP fit spends its whole run in these few methods, and a short
    // command ends before tiered compilation would have replaced their first, unoptimised code (docs/benchmarks.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(ReadOnlySpan<DoseEvent> doses, ReadOnlySpan<double> times, Span<double> output)
    {
        ReadOnlySpan<(double TimeHours, double Multiplier)> changes = _clearance.Span;
        CompartmentState s = CompartmentState.Empty;
        double t = Math.Min(doses.Length > 0 ? doses[0].TimeHours : 0, times.Length > 0 ? times[0] : 0);
        t = Math.Min(t, changes.Length > 0 ? changes[0].TimeHours : t);
        int di = 0, ci = 0;
        for (int oi = 0; oi < times.Length; oi++)
        {
            if (oi > 0 && times[oi] < times[oi - 1])
            {
                throw new ArgumentException($"output times must be non-decreasing (time {times[oi]} h after {times[oi - 1]} h)", nameof(times));
            }

            while (true)
            {
                double nextDose = di < doses.Length ? doses[di].TimeHours : double.PositiveInfinity;
                double nextChange = ci < changes.Length ? changes[ci].TimeHours : double.PositiveInfinity;
                double next = Math.Min(nextDose, nextChange);
                if (next >= times[oi])
                {
                    break;
                }

                s = _current.Advance(s, next - t);
                t = next;
                if (nextChange == next)
                {
                    _current = For(changes[ci++].Multiplier);
                    continue;
                }

                s = ApplyDose(s, doses[di++]);
            }

            s = _current.Advance(s, times[oi] - t);
            t = times[oi];
            output[oi] = s.CentralMilligrams / _volume * ConcentrationSolver.NanogramsPerMillilitrePerMilligramPerLitre;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private CompartmentState ApplyDose(in CompartmentState s, in DoseEvent dose)
    {
        if (dose.SteadyStateIntervalHours > 0)
        {
            CompartmentState pre = SteadyState.PreDose(_current, [(0.0, dose.AmountMilligrams, dose.Compartment)], dose.SteadyStateIntervalHours);
            return SteadyState.AddDose(pre, dose.AmountMilligrams, dose.Compartment);
        }

        return SteadyState.AddDose(s, dose.AmountMilligrams, dose.Compartment);
    }

    private Propagator For(double multiplier)
    {
        foreach ((double m, Propagator p) in _cache)
        {
            if (m == multiplier)
            {
                return p;
            }
        }

        var created = new Propagator(multiplier == 1.0 ? _base : _base.WithClearanceMultipliedBy(multiplier));
        _cache.Add((multiplier, created));
        return created;
    }
}
