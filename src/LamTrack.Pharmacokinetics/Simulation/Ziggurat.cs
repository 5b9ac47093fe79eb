namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>The 128-layer ziggurat tables for the standard normal (Marsaglia and Tsang, J Stat Softw 2000;5(8), procedure zigset).</summary>
internal static class Ziggurat
{
    /// <summary>The right edge of the base layer.</summary>
    public const double R = 3.442619855899;

    private const double V = 9.91256303526217e-3;
    private const double M1 = 2147483648.0;

    public static readonly long[] K = new long[128];
    public static readonly double[] W = new double[128];
    public static readonly double[] F = new double[128];

#pragma warning disable CA1810 // the tables are computed once in a loop; a static constructor is the clearest form
    static Ziggurat()
#pragma warning restore CA1810
    {
        double dn = R, tn = R;
        double q = V / Math.Exp(-0.5 * dn * dn);
        K[0] = (long)(dn / q * M1);
        K[1] = 0;
        W[0] = q / M1;
        W[127] = dn / M1;
        F[0] = 1.0;
        F[127] = Math.Exp(-0.5 * dn * dn);
        for (int i = 126; i >= 1; i--)
        {
            dn = Math.Sqrt(-2.0 * Math.Log((V / dn) + Math.Exp(-0.5 * dn * dn)));
            K[i + 1] = (long)(dn / tn * M1);
            tn = dn;
            F[i] = Math.Exp(-0.5 * dn * dn);
            W[i] = dn / M1;
        }
    }
}
