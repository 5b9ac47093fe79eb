namespace LamTrack.Domain.Events;

/// <summary>A category of adverse event relevant to sirolimus.</summary>
public enum AdverseEventCategory
{
    /// <summary>Mucositis or stomatitis.</summary>
    Mucositis,

    /// <summary>Irregular menstruation, menoxenia.</summary>
    MenstrualIrregularity,

    /// <summary>Joint pain or swelling.</summary>
    Arthralgia,

    /// <summary>Delayed wound healing.</summary>
    DelayedWoundHealing,

    /// <summary>Raised cholesterol or triglycerides.</summary>
    Hyperlipidaemia,

    /// <summary>Proteinuria.</summary>
    Proteinuria,

    /// <summary>Non-infectious pneumonitis.</summary>
    Pneumonitis,

    /// <summary>An infection.</summary>
    Infection,

    /// <summary>Any other adverse event; the term says what.</summary>
    Other,
}
