namespace LamTrack.Guidance.Findings;

/// <summary>How urgently a clinician should look at a finding; ordered from the least to the most urgent.</summary>
public enum Severity
{
    /// <summary>For information: the situation is as expected, or a reminder.</summary>
    Info,

    /// <summary>An option to consider with the patient (typically a conditional recommendation or case-series evidence).</summary>
    Consider,

    /// <summary>Something is off target or overdue and needs action at the next opportunity.</summary>
    Warning,

    /// <summary>Needs action now (an acute pneumothorax, a contraindicated combination).</summary>
    Critical,
}
