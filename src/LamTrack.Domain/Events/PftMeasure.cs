namespace LamTrack.Domain.Events;

/// <summary>A pulmonary function measure.</summary>
public enum PftMeasure
{
    /// <summary>Forced vital capacity (L).</summary>
    Fvc,

    /// <summary>Forced expiratory volume in 1 s (L).</summary>
    Fev1,

    /// <summary>FEV1/FVC (%).</summary>
    Fev1FvcRatio,

    /// <summary>Diffusing capacity for carbon monoxide (mmol/min/kPa or mL/min/mmHg).</summary>
    Dlco,

    /// <summary>Total lung capacity (L).</summary>
    Tlc,
}
