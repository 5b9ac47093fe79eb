namespace LamTrack.Web.Components.Charts;

/// <summary>How an item is drawn on the timeline.</summary>
public enum TimelineMarker
{
    /// <summary>A period drawn as a bar from its start to its end.</summary>
    Bar,

    /// <summary>A dated event drawn as a filled circle.</summary>
    Point,

    /// <summary>A dose change, drawn as a diamond on the course bar.</summary>
    Diamond,

    /// <summary>A measured level, drawn as a filled circle at its value.</summary>
    Level,

    /// <summary>A level below a limit: an open downward triangle at the limit.</summary>
    BelowLimit,

    /// <summary>A level above a limit: an open upward triangle at the limit.</summary>
    AboveLimit,

    /// <summary>An undetectable level: an open circle on the axis floor.</summary>
    Undetectable,
}
