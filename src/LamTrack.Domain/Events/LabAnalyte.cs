namespace LamTrack.Domain.Events;

/// <summary>A laboratory analyte LamTrack records.</summary>
public enum LabAnalyte
{
    /// <summary>Serum vascular endothelial growth factor D (pg/mL); LOINC 82370-4 in the FHIR mapping.</summary>
    VegfD,

    /// <summary>Arterial partial pressure of oxygen (mmHg or kPa).</summary>
    PaO2,

    /// <summary>Arterial partial pressure of carbon dioxide (mmHg or kPa).</summary>
    PaCO2,

    /// <summary>Serum total cholesterol.</summary>
    TotalCholesterol,

    /// <summary>Serum triglycerides.</summary>
    Triglycerides,

    /// <summary>Protein in urine (mass per volume), an mTOR-inhibitor adverse effect to monitor.</summary>
    UrineProtein,
}
