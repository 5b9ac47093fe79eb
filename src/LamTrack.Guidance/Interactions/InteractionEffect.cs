namespace LamTrack.Guidance.Interactions;

/// <summary>What a perpetrator drug does to sirolimus exposure while it is taken.</summary>
public enum InteractionEffect
{
    /// <summary>A CYP3A4/P-gp inducer: sirolimus levels fall while it is taken and rise when it stops.</summary>
    Inducer,

    /// <summary>A CYP3A4/P-gp inhibitor: sirolimus levels rise while it is taken and fall when it stops.</summary>
    Inhibitor,
}
