namespace LamTrack.Pharmacokinetics.Estimation;

/// <summary>BFGS minimiser with central-difference gradients and a backtracking (Armijo) line search.</summary>
/// <remarks>
/// Steps are capped at 1 in every coordinate (η lives on the log scale, so a step of 1 is a factor e), the inverse
/// Hessian is reset to the identity whenever the BFGS update would lose positive definiteness, and the search stops
/// when the gradient's max-norm is below <c>gradientTolerance</c> or no step decreases the objective. Non-finite values
/// count as "worse", so the search backs away from parameters the model rejects (Nocedal and Wright, Numerical
/// Optimization, 2nd ed., Algorithm 6.1 and 3.1).
/// </remarks>
internal static class QuasiNewton
{
    public static (double[] X, double F, bool Converged, int Evaluations) Minimise(
        Func<double[], double> f, double[] start, double gradientTolerance = 1e-7, int maxIterations = 200)
    {
        int n = start.Length, evals = 0;
        double Eval(double[] x)
        {
            evals++;
            return f(x);
        }

        double[] x = (double[])start.Clone();
        double fx = Eval(x);
        double[] g = Gradient(Eval, x);
        double[,] h = Identity(n);
        for (int iter = 0; iter < maxIterations; iter++)
        {
            if (MaxAbs(g) < gradientTolerance)
            {
                return (x, fx, true, evals);
            }

            double[] d = Direction(h, g);
            (double[] xNew, double fNew, bool moved) = LineSearch(Eval, x, fx, g, d);
            if (!moved)
            {
                return (x, fx, MaxAbs(g) < 1e3 * gradientTolerance, evals);
            }

            double[] gNew = Gradient(Eval, xNew);
            h = Update(h, Subtract(xNew, x), Subtract(gNew, g));
            (x, fx, g) = (xNew, fNew, gNew);
        }

        return (x, fx, false, evals);
    }

    /// <summary>Central-difference gradient with step 1e-5 per coordinate.</summary>
    public static double[] Gradient(Func<double[], double> f, double[] x)
    {
        const double H = 1e-5;
        var g = new double[x.Length];
        var probe = (double[])x.Clone();
        for (int i = 0; i < x.Length; i++)
        {
            probe[i] = x[i] + H;
            double up = f(probe);
            probe[i] = x[i] - H;
            double down = f(probe);
            probe[i] = x[i];
            g[i] = (up - down) / (2 * H);
        }

        return g;
    }

    private static double[] Direction(double[,] h, double[] g)
    {
        int n = g.Length;
        var d = new double[n];
        double slope = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                d[i] -= h[i, j] * g[j];
            }

            slope += d[i] * g[i];
        }

        return slope < 0 && d.All(double.IsFinite) ? d : [.. g.Select(v => -v)];
    }

    private static (double[] X, double F, bool Moved) LineSearch(Func<double[], double> f, double[] x, double fx, double[] g, double[] d)
    {
        double cap = MaxAbs(d);
        double step = cap > 1 ? 1 / cap : 1.0;
        double slope = 0;
        for (int i = 0; i < x.Length; i++)
        {
            slope += g[i] * d[i];
        }

        for (int tries = 0; tries < 60; tries++, step *= 0.5)
        {
            double[] trial = [.. x.Select((v, i) => v + (step * d[i]))];
            double ft = f(trial);
            if (double.IsFinite(ft) && ft <= fx + (1e-4 * step * slope))
            {
                return (trial, ft, ft < fx || step * cap > 1e-12);
            }
        }

        return (x, fx, false);
    }

    private static double[,] Update(double[,] h, double[] s, double[] y)
    {
        int n = s.Length;
        double sy = 0;
        for (int i = 0; i < n; i++)
        {
            sy += s[i] * y[i];
        }

        if (!(sy > 1e-14))
        {
            return Identity(n);
        }

        var hy = new double[n];
        double yhy = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                hy[i] += h[i, j] * y[j];
            }

            yhy += y[i] * hy[i];
        }

        var result = new double[n, n];
        double rho = 1 / sy;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                result[i, j] = h[i, j] - (rho * ((hy[i] * s[j]) + (s[i] * hy[j]))) + (((rho * rho * yhy) + rho) * s[i] * s[j]);
            }
        }

        return result;
    }

    private static double[,] Identity(int n)
    {
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            m[i, i] = 1;
        }

        return m;
    }

    private static double[] Subtract(double[] a, double[] b) => [.. a.Select((v, i) => v - b[i])];

    private static double MaxAbs(double[] v) => v.Length == 0 ? 0 : v.Max(Math.Abs);
}
