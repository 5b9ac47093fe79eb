namespace LamTrack.Guidance.Catalogue;

/// <summary>The clinical area a rule belongs to; it orders the catalogue listing.</summary>
public enum RuleCategory
{
    /// <summary>Diagnosis of LAM and its differential.</summary>
    Diagnosis,

    /// <summary>Indications for sirolimus.</summary>
    Indication,

    /// <summary>When to start sirolimus.</summary>
    Timing,

    /// <summary>Management of an acute pneumothorax.</summary>
    Pneumothorax,

    /// <summary>Therapeutic drug monitoring schedule.</summary>
    Monitoring,

    /// <summary>Interpretation of a measured trough.</summary>
    Trough,

    /// <summary>Drug interactions.</summary>
    Interaction,

    /// <summary>Pregnancy, contraception and conception.</summary>
    Pregnancy,

    /// <summary>Surgery and lung transplantation.</summary>
    Surgery,

    /// <summary>Adverse events of sirolimus.</summary>
    AdverseEvent,
}
