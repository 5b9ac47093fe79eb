namespace LamTrack.Domain.Events;

/// <summary>A management step or procedure.</summary>
public enum InterventionKind
{
    /// <summary>Observation without an intervention (conservative management).</summary>
    Observation,

    /// <summary>Supplemental oxygen, in hospital or at home.</summary>
    SupplementalOxygen,

    /// <summary>Closed chest tube drainage (CTD).</summary>
    ChestTubeDrainage,

    /// <summary>Chemical pleurodesis; the agent is recorded (talc, hypertonic glucose, autologous blood...).</summary>
    ChemicalPleurodesis,

    /// <summary>Surgical pleurodesis, pleural fixation or pleurectomy, including by video-assisted thoracoscopic surgery (VATS).</summary>
    SurgicalPleurodesis,

    /// <summary>Resection of pulmonary bullae.</summary>
    Bullectomy,

    /// <summary>Any other operation (nephrectomy, caesarean section, tumour resection); counted as surgery for pneumothorax only when it is thoracic.</summary>
    OtherSurgery,
}
