using System.Diagnostics;
using LamTrack.Pharmacokinetics.Simulation;

namespace LamTrack.Pharmacokinetics.Benchmarks;

internal static class KernelProbe
{
    public static void Run()
    {
        const int N = 2048, T = 365, Chunks = 60;
        var eka = new double[N]; var ek = new double[N]; var phi = new double[N]; var dep = new double[N]; var conc = new double[N];
        var hist = new int[4 * LogHistogram.Bins];
        for (int i = 0; i < N; i++) { eka[i] = Math.Exp(-24); ek[i] = Math.Exp(-24.0 / 30 * (0.7 + 0.6 * i / N)); phi[i] = 3.3 * (ek[i] - eka[i]); }
        double[] table = NormalTable.Values;
        for (int mode = 0; mode < 3; mode++)
        {
            var rng = new RandomStream(1, 2);
            Array.Clear(dep); Array.Clear(conc);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            double sum = 0; ulong bits = 0;
            for (int c = 0; c < Chunks; c++)
            for (int n = 0; n < T; n++)
            for (int i = 0; i < N; i++)
            {
                double a = dep[i] + 2; dep[i] = eka[i] * a;
                double x = conc[i] = phi[i] * a + ek[i] * conc[i];
                if (mode >= 2) { bits = (i & 3) == 0 ? rng.NextUInt64() : bits >> 16; x *= 1 + 0.2 * table[(int)((bits >> 4) & 0xFFF)]; }
                if (mode >= 1) hist[((i & 3) * LogHistogram.Bins) + LogHistogram.Bin(x)]++;
                sum += x;
            }
            Console.WriteLine($"mode {mode}: {(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds * 1e6 / ((double)N * T * Chunks):F2} ns/trough (sum {sum:E3})");
        }
    }
}
