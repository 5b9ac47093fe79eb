namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>Whether a perpetrator raises or lowers sirolimus CL/F.</summary>
public enum PerpetratorKind
{
    /// <summary>Raises CL/F (CYP3A4/P-gp induction): levels fall.</summary>
    Inducer,

    /// <summary>Lowers CL/F (CYP3A4/P-gp inhibition): levels rise.</summary>
    Inhibitor,
}
