namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>A fast deterministic random stream: xoshiro256** with SplitMix64 seeding, and ziggurat normal deviates.</summary>
/// <remarks>
/// xoshiro256** (Blackman and Vigna, ACM TOMS 2021) seeded by SplitMix64 from (seed, stream index), so every stream
/// of a seed is reproducible and independent of thread scheduling. Normal deviates use the 128-layer ziggurat of
/// Marsaglia and Tsang (J Stat Softw 2000;5(8)), with the layer index and the 32-bit value taken from different
/// bits of one 64-bit draw (avoiding the correlation Doornik 2005 pointed out). A mutable struct: pass by ref.
/// </remarks>
internal struct RandomStream
{
    private ulong _s0, _s1, _s2, _s3;

    public RandomStream(ulong seed, ulong stream)
    {
        ulong x = unchecked(seed ^ (0x9E3779B97F4A7C15UL * (stream + 1)));
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            ulong result = RotateLeft(_s1 * 5, 7) * 9;
            ulong t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform deviate in (0, 1), never exactly 0.</summary>
    public double NextOpenUnit() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>A standard normal deviate.</summary>
    public double NextNormal()
    {
        unchecked
        {
            ulong bits = NextUInt64();
            int hz = (int)(bits >> 32);
            int iz = (int)(bits & 127);
            long abs = hz < 0 ? -(long)hz : hz;
            return abs < Ziggurat.K[iz] ? hz * Ziggurat.W[iz] : Tail(hz, iz);
        }
    }

    private double Tail(int hz, int iz)
    {
        while (true)
        {
            double x = hz * Ziggurat.W[iz];
            if (iz == 0)
            {
                return BaseStrip(hz);
            }

            if (Ziggurat.F[iz] + (NextOpenUnit() * (Ziggurat.F[iz - 1] - Ziggurat.F[iz])) < Math.Exp(-0.5 * x * x))
            {
                return x;
            }

            ulong bits = NextUInt64();
            hz = unchecked((int)(bits >> 32));
            iz = (int)(bits & 127);
            if (Math.Abs((long)hz) < Ziggurat.K[iz])
            {
                return hz * Ziggurat.W[iz];
            }
        }
    }

    private double BaseStrip(int hz)
    {
        double x, y;
        do
        {
            x = -Math.Log(NextOpenUnit()) / Ziggurat.R;
            y = -Math.Log(NextOpenUnit());
        }
        while (y + y < x * x);
        return hz > 0 ? Ziggurat.R + x : -Ziggurat.R - x;
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            ulong z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
