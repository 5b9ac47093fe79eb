namespace LamTrack.Web.Components.Charts;

/// <summary>The rows of the patient timeline, top to bottom.</summary>
public enum TimelineLane
{
    /// <summary>Pneumothorax episodes, by side, with % compression.</summary>
    Pneumothorax,

    /// <summary>Management of an episode: observation, oxygen, chest tube, chemical pleurodesis.</summary>
    Management,

    /// <summary>Thoracic and other surgery.</summary>
    Surgery,

    /// <summary>Sirolimus courses and their dose changes.</summary>
    Sirolimus,

    /// <summary>Trough levels against the target band.</summary>
    Troughs,

    /// <summary>Co-medication periods with their interaction class.</summary>
    CoMedication,

    /// <summary>Pregnancies.</summary>
    Pregnancy,

    /// <summary>Adverse events.</summary>
    AdverseEvents,
}
