using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>The one-compartment trough recurrence in structure-of-arrays form, with the concentration scale folded in.</summary>
/// <remarks>
/// With e_ka = e^(−ka·τ), e_k = e^(−k·τ) and φ = ka/(ka − k)·(e_k − e_ka) (the exact Φ(τ) entries), the depot amount
/// and the central concentration c (ng/mL) before each dose follow a = depot + D; depot' = e_ka·a; c' = φ·s·a + e_k·c,
/// with s = 1000/V: three multiply-adds per trough.
/// </remarks>
internal sealed class OneCompartmentTroughs
{
    private readonly double[] _eka, _ek, _phiScaled, _depot, _conc;

    public OneCompartmentTroughs(double[] phi, double[] scale, int count)
    {
        (_eka, _ek, _phiScaled, _depot, _conc) = (new double[count], new double[count], new double[count], new double[count], new double[count]);
        for (int i = 0; i < count; i++)
        {
            _eka[i] = phi[9 * i];
            _phiScaled[i] = phi[(9 * i) + 3] * scale[i];
            _ek[i] = phi[(9 * i) + 4];
        }
    }

    public double Step(PopulationSimulationRequest r, ref RandomStream rng, PopulationSimulator.WorkerTotals totals, int n)
    {
        Span<int> row = totals.Histogram.AsSpan(n * LogHistogram.Lanes * LogHistogram.Bins, LogHistogram.Lanes * LogHistogram.Bins);
        double dose = r.DoseMilligrams, lo = r.TargetLowNanogramsPerMillilitre, hi = r.TargetHighNanogramsPerMillilitre;
        ResidualErrorModel e = r.Prior.Model.ResidualError;
        bool proportional = r.ResidualError && e.Kind == ResidualErrorKind.Proportional;
        bool other = r.ResidualError && !proportional;
        double sd = e.ProportionalSd, sum = 0;
        long below = 0, above = 0;
        unchecked
        {
            for (int i = 0; i < _conc.Length; i++)
            {
                double a = _depot[i] + dose;
                _depot[i] = _eka[i] * a;
                double c = _conc[i] = (_phiScaled[i] * a) + (_ek[i] * _conc[i]);
                if (proportional)
                {
                    c *= 1 + (sd * rng.NextNormal());
                    c = c > 0 ? c : 0;
                }
                else if (other)
                {
                    c = TroughKernel.Observe(e, c, ref rng);
                }

                sum += c;
                row[((i & (LogHistogram.Lanes - 1)) * LogHistogram.Bins) + LogHistogram.Bin(c)]++;
                below += c < lo ? 1 : 0;
                above += c > hi ? 1 : 0;
            }
        }

        totals.Below[n] += below;
        totals.Above[n] += above;
        totals.InTarget[n] += _conc.Length - below - above;
        return sum;
    }
}
