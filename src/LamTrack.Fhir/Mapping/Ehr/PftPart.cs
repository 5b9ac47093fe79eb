using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;

namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>One lung-function value from an EHR Observation (a single result or a panel member), before the values of a
/// day are joined into one <see cref="PulmonaryFunctionTest"/>.</summary>
internal sealed record PftPart(ClinicalDate Date, PftMeasure Measure, string EventId, SourceReference Source)
{
    /// <summary>The measured value, when this part is the absolute value.</summary>
    public Measurement? Absolute { get; init; }

    /// <summary>The % predicted, when this part is the predicted value.</summary>
    public PercentPredicted? Predicted { get; init; }
}
