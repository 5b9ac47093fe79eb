using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;

namespace LamTrack.Analytics.Synthesis;

/// <summary>Generates realistic synthetic LAM patients: pneumothorax recurrences, sirolimus courses, dose changes, troughs, interacting drugs, PFTs and dropout.</summary>
/// <remarks>
/// Deterministic: patient i of seed s is always the same, whatever the cohort size, because each patient has its
/// own generator seeded from (s, i). See <see cref="SyntheticCohortParameters"/> for the model.
/// </remarks>
public static class CohortSimulator
{
    /// <summary>The source document every synthetic record cites.</summary>
    public static SourceDocument Document(int seed) =>
        new("lamtrack-synthetic", $"LamTrack synthetic cohort, seed {seed}; simulated data, not patients");

    /// <summary>Generates <paramref name="count"/> patients, in order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public static IEnumerable<Patient> Generate(int count, int seed, SyntheticCohortParameters parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(parameters);
        for (int i = 0; i < count; i++)
        {
            yield return GeneratePatient(i, seed, parameters);
        }
    }

    /// <summary>Generates patient number <paramref name="index"/> (from 0) of the cohort with <paramref name="seed"/>.</summary>
    public static Patient GeneratePatient(int index, int seed, SyntheticCohortParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var random = new Random(MixSeed(seed, index));
        return new SyntheticPatientBuilder(random, parameters, $"syn-{index + 1:D6}", Document(seed)).Build();
    }

    // SplitMix64 finaliser: neighbouring (seed, index) pairs get unrelated generator seeds.
    private static int MixSeed(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32) + (uint)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }
}
