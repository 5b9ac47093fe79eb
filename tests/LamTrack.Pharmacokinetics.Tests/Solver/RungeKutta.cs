using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Tests.Solver;

/// <summary>Classic fourth-order Runge–Kutta on the compartment ODEs: the cross-check for the analytic solver (tests only).</summary>
internal static class RungeKutta
{
    public static double[] Solve(IndividualParameters p, DosingHistory history, ClearanceSchedule cl, double[] times, double stepHours)
    {
        var result = new double[times.Length];
        double[] x = new double[3];
        double t = 0;
        int di = 0;
        for (int oi = 0; oi < times.Length; oi++)
        {
            while (t < times[oi] - 1e-12)
            {
                while (di < history.Doses.Count && history.Doses[di].TimeHours <= t + 1e-12)
                {
                    x[0] += history.Doses[di++].AmountMilligrams;
                }

                double nextEvent = Math.Min(times[oi], di < history.Doses.Count ? history.Doses[di].TimeHours : double.MaxValue);
                double h = Math.Min(stepHours, nextEvent - t);
                Step(p.WithClearanceMultipliedBy(cl.MultiplierAt(t + 1e-12)), x, h);
                t += h;
            }

            result[oi] = x[1] / p.CentralVolumeLitres * 1000;
        }

        return result;
    }

    private static void Step(IndividualParameters p, double[] x, double h)
    {
        double[] k1 = Derivative(p, x);
        double[] k2 = Derivative(p, Add(x, k1, h / 2));
        double[] k3 = Derivative(p, Add(x, k2, h / 2));
        double[] k4 = Derivative(p, Add(x, k3, h));
        for (int i = 0; i < 3; i++)
        {
            x[i] += h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]);
        }
    }

    private static double[] Add(double[] x, double[] k, double h) => [x[0] + (h * k[0]), x[1] + (h * k[1]), x[2] + (h * k[2])];

    private static double[] Derivative(IndividualParameters p, double[] x)
    {
        double k10 = p.ClearanceLitresPerHour / p.CentralVolumeLitres;
        double k12 = p.IsTwoCompartment ? p.IntercompartmentalClearanceLitresPerHour / p.CentralVolumeLitres : 0;
        double k21 = p.IsTwoCompartment ? p.IntercompartmentalClearanceLitresPerHour / p.PeripheralVolumeLitres : 0;
        double absorbed = p.AbsorptionRatePerHour * x[0];
        return [-absorbed, absorbed - ((k10 + k12) * x[1]) + (k21 * x[2]), (k12 * x[1]) - (k21 * x[2])];
    }
}
