namespace LamTrack.Guidance.Interactions;

/// <summary>How strong a perpetrator is according to the label.</summary>
public enum PerpetratorStrength
{
    /// <summary>Named by the label as strong: avoid the combination and use an alternative (US label 7.2).</summary>
    Strong,

    /// <summary>Listed, but weak, moderate or of unknown strength: use with caution and adjust the dose (US label 7.4).</summary>
    ModerateOrUnknown,
}
