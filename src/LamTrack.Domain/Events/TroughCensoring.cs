namespace LamTrack.Domain.Events;

/// <summary>How a trough result relates to the assay's limits.</summary>
public enum TroughCensoring
{
    /// <summary>A measured value.</summary>
    None,

    /// <summary>Below the detection limit, which may be unknown.</summary>
    Undetectable,

    /// <summary>Below a stated limit, "&lt; x ng/mL".</summary>
    BelowLimit,

    /// <summary>Above a stated limit, "&gt; x ng/mL", as in case 4's "&gt; 15 ng/mL".</summary>
    AboveLimit,
}
