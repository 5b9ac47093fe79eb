namespace LamTrack.Domain.Events;

/// <summary>A kind of diagnostic evidence for LAM.</summary>
public enum EvidenceKind
{
    /// <summary>High-resolution CT of the chest.</summary>
    Hrct,

    /// <summary>Chest radiograph or CT other than a diagnostic HRCT.</summary>
    ChestImaging,

    /// <summary>Histology (H&amp;E) and immunohistochemistry of a tissue sample.</summary>
    Histopathology,

    /// <summary>Tuberous sclerosis complex: clinical status or TSC1/TSC2 genetic testing.</summary>
    TscStatus,

    /// <summary>Renal (or other) angiomyolipoma.</summary>
    Angiomyolipoma,

    /// <summary>Retroperitoneal or pelvic mass (lymphangioleiomyoma or other).</summary>
    RetroperitonealMass,

    /// <summary>Cystic lymphangioleiomyoma.</summary>
    Lymphangioleiomyoma,

    /// <summary>Chylous pleural effusion or ascites.</summary>
    ChylousEffusion,

    /// <summary>The diagnosis of LAM itself, with its basis.</summary>
    Diagnosis,
}
