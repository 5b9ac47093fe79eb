using System.Runtime.CompilerServices;
using LamTrack.Pharmacokinetics.Dosing;

namespace LamTrack.Pharmacokinetics.Solver;

/// <summary>Exact steady state of a repeating dosing cycle with constant parameters.</summary>
/// <remarks>
/// Over one cycle of length τ the system is affine: x(τ) = Φ·x(0) + b, where Φ is the no-dose transition (its columns are
/// the exact propagation of unit amounts) and b the state reached from zero with the cycle's doses. The periodic state
/// before the first dose of the cycle solves (I − Φ)·x = b, here by Gaussian elimination with partial pivoting.
/// For one dose per cycle this is the sum of the geometric series Σ_(n≥1) Φⁿ·d (the n → ∞ closed form of the reference).
/// </remarks>
internal static class SteadyState
{
    /// <summary>The state just before the first dose of the cycle, at steady state.</summary>
    /// <param name="propagator">Constant parameters over the cycle.</param>
    /// <param name="doses">Doses within the cycle: offset in h from the cycle start (in [0, τ)), amount in mg, compartment.</param>
    /// <param name="cycleHours">The cycle length τ in h.</param>
    public static CompartmentState PreDose(Propagator propagator, ReadOnlySpan<(double OffsetHours, double Milligrams, DoseCompartment Compartment)> doses, double cycleHours)
    {
        var phi = new double[3, 3];
        for (int j = 0; j < 3; j++)
        {
            CompartmentState unit = new(j == 0 ? 1 : 0, j == 1 ? 1 : 0, j == 2 ? 1 : 0);
            CompartmentState end = propagator.Advance(unit, cycleHours);
            phi[0, j] = end.DepotMilligrams;
            phi[1, j] = end.CentralMilligrams;
            phi[2, j] = end.PeripheralMilligrams;
        }

        CompartmentState b = RunCycle(propagator, CompartmentState.Empty, doses, cycleHours);
        double[] x = Solve(phi, [b.DepotMilligrams, b.CentralMilligrams, b.PeripheralMilligrams]);
        return new CompartmentState(x[0], x[1], x[2]);
    }

    /// <summary>Runs one cycle from <paramref name="start"/> (before the first dose) to the cycle end.</summary>
    public static CompartmentState RunCycle(Propagator propagator, CompartmentState start, ReadOnlySpan<(double OffsetHours, double Milligrams, DoseCompartment Compartment)> doses, double cycleHours)
    {
        CompartmentState s = start;
        double t = 0;
        foreach (var dose in doses)
        {
            s = AddDose(propagator.Advance(s, dose.OffsetHours - t), dose.Milligrams, dose.Compartment);
            t = dose.OffsetHours;
        }

        return propagator.Advance(s, cycleHours - t);
    }

    /// <summary>The state after adding a dose.</summary>
    // Compiled optimised at the first call, as EventWalker.Run is: a MAP fit spends its run here.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CompartmentState AddDose(in CompartmentState s, double milligrams, DoseCompartment compartment) =>
        compartment == DoseCompartment.Central
            ? s with { CentralMilligrams = s.CentralMilligrams + milligrams }
            : s with { DepotMilligrams = s.DepotMilligrams + milligrams };

    private static double[] Solve(double[,] phi, double[] b)
    {
        var a = new double[3, 4];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                a[i, j] = (i == j ? 1.0 : 0.0) - phi[i, j];
            }

            a[i, 3] = b[i];
        }

        for (int col = 0; col < 3; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < 3; r++)
            {
                pivot = Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]) ? r : pivot;
            }

            SwapRows(a, col, pivot);
            for (int r = 0; r < 3; r++)
            {
                if (r == col)
                {
                    continue;
                }

                double f = a[r, col] / a[col, col];
                for (int c = col; c < 4; c++)
                {
                    a[r, c] -= f * a[col, c];
                }
            }
        }

        return [a[0, 3] / a[0, 0], a[1, 3] / a[1, 1], a[2, 3] / a[2, 2]];
    }

    private static void SwapRows(double[,] a, int r1, int r2)
    {
        if (r1 == r2)
        {
            return;
        }

        for (int c = 0; c < 4; c++)
        {
            (a[r1, c], a[r2, c]) = (a[r2, c], a[r1, c]);
        }
    }
}
