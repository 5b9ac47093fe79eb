namespace LamTrack.Fhir.Import;

/// <summary>How serious an import problem is.</summary>
public enum ImportSeverity
{
    /// <summary>Worth knowing; the data was imported as read.</summary>
    Information = 1,

    /// <summary>Something was dropped or assumed; the rest was imported.</summary>
    Warning = 2,

    /// <summary>The resource (and so its bundle or patient) cannot be imported.</summary>
    Error = 3,
}
