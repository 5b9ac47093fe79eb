using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>The inner loop of <see cref="PopulationSimulator"/> for one chunk of subjects (allocation-free per subject for one compartment).</summary>
internal sealed class TroughKernel
{
    private readonly PopulationSimulationRequest _r;
    private RandomStream _rng;

    public TroughKernel(PopulationSimulationRequest request, ulong chunk)
    {
        _r = request;
        _rng = new RandomStream(request.Seed, chunk);
    }

    /// <summary>Simulates <paramref name="count"/> subjects, adds their troughs to <paramref name="totals"/> and returns the per-interval sums.</summary>
    public double[] Run(int count, PopulationSimulator.WorkerTotals totals)
    {
        var phi = new double[9 * count];
        var scale = new double[count];
        DrawSubjects(count, phi, scale);
        var sums = new double[_r.Intervals];
        if (_r.Prior.Model.Structure == ModelStructure.OneCompartmentOral)
        {
            var one = new OneCompartmentTroughs(phi, scale, count);
            for (int n = 0; n < _r.Intervals; n++)
            {
                sums[n] = one.Step(_r, ref _rng, totals, n);
            }

            return sums;
        }

        var x = new double[3 * count];
        for (int n = 0; n < _r.Intervals; n++)
        {
            sums[n] = Step(count, phi, scale, x, totals, n);
        }

        return sums;
    }

    private void DrawSubjects(int count, double[] phi, double[] scale)
    {
        SubjectPrior prior = _r.Prior;
        Span<double> eta = stackalloc double[prior.EtaCount];
        for (int i = 0; i < count; i++)
        {
            for (int e = 0; e < eta.Length; e++)
            {
                eta[e] = Math.Sqrt(prior.OmegaSquared(e)) * _rng.NextNormal();
            }

            IndividualParameters p = prior.Individual(eta);
            Propagator.TransitionMatrix(p, _r.IntervalHours, phi.AsSpan(9 * i, 9));
            scale[i] = ConcentrationSolver.NanogramsPerMillilitrePerMilligramPerLitre / p.CentralVolumeLitres;
        }
    }

    private double Step(int count, double[] phi, double[] scale, double[] x, PopulationSimulator.WorkerTotals totals, int n)
    {
        Span<int> row = totals.Histogram.AsSpan(n * LogHistogram.Lanes * LogHistogram.Bins, LogHistogram.Lanes * LogHistogram.Bins);
        double dose = _r.DoseMilligrams, lo = _r.TargetLowNanogramsPerMillilitre, hi = _r.TargetHighNanogramsPerMillilitre;
        ResidualErrorModel? error = _r.ResidualError ? _r.Prior.Model.ResidualError : null;
        double sum = 0;
        long below = 0, above = 0;
        for (int i = 0; i < count; i++)
        {
            int s = 3 * i, m = 9 * i;
            double a0 = x[s] + dose, a1 = x[s + 1], a2 = x[s + 2];
            x[s] = (phi[m] * a0) + (phi[m + 1] * a1) + (phi[m + 2] * a2);
            x[s + 1] = (phi[m + 3] * a0) + (phi[m + 4] * a1) + (phi[m + 5] * a2);
            x[s + 2] = (phi[m + 6] * a0) + (phi[m + 7] * a1) + (phi[m + 8] * a2);
            double c = x[s + 1] * scale[i];
            if (error is not null)
            {
                c = Observe(error, c);
            }

            sum += c;
            row[((i & (LogHistogram.Lanes - 1)) * LogHistogram.Bins) + LogHistogram.Bin(c)]++;
            below += c < lo ? 1 : 0;
            above += c > hi ? 1 : 0;
        }

        totals.Below[n] += below;
        totals.Above[n] += above;
        totals.InTarget[n] += count - below - above;
        return sum;
    }

    /// <summary>An observed level: the true level with residual error, floored at 0 ng/mL (a negative assay result is not reported).</summary>
    private double Observe(ResidualErrorModel e, double c) => Observe(e, c, ref _rng);

    /// <summary>An observed level drawn from <paramref name="rng"/>.</summary>
    internal static double Observe(ResidualErrorModel e, double c, ref RandomStream rng)
    {
        double z = rng.NextNormal();
        double y = e.Kind switch
        {
            ResidualErrorKind.Proportional => c * (1 + (e.ProportionalSd * z)),
            ResidualErrorKind.Exponential => c * Math.Exp(e.ProportionalSd * z),
            ResidualErrorKind.Additive => c + (e.AdditiveSdNanogramsPerMillilitre * z),
            _ => c + (Math.Sqrt(e.Variance(c)) * z),
        };
        return Math.Max(y, 0);
    }
}
