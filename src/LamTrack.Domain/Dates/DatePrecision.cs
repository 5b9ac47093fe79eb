namespace LamTrack.Domain.Dates;

/// <summary>How precisely a source fixes a clinical date.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>An ISO week (seven days), as in "at 20 weeks of gestation".</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>Only a window is known: somewhere between two dates.</summary>
    Window,
}
