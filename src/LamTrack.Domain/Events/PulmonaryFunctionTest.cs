using LamTrack.Domain.Dates;
using LamTrack.Domain.Provenance;

namespace LamTrack.Domain.Events;

/// <summary>A pulmonary function test: FVC, FEV1, FEV1/FVC, DLCO, TLC, each absolute and % predicted.</summary>
public sealed record PulmonaryFunctionTest(string Id, ClinicalDate Date, SourceReference Source, IReadOnlyList<PftValue> Values)
    : ClinicalEvent(Id, Date, Source)
{
    /// <summary>The value of one measure, or null when not measured.</summary>
    public PftValue? Get(PftMeasure measure)
    {
        // A plain loop: analytics asks this of every test of a registry, and a lambda capturing the measure allocates.
        foreach (PftValue value in Values)
        {
            if (value.Measure == measure)
            {
                return value;
            }
        }

        return null;
    }
}
