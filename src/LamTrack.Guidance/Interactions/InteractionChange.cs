namespace LamTrack.Guidance.Interactions;

/// <summary>Whether a perpetrator drug was started or stopped.</summary>
public enum InteractionChange
{
    /// <summary>The perpetrator was started while on sirolimus (or sirolimus was started on it).</summary>
    Started,

    /// <summary>The perpetrator was stopped while on sirolimus.</summary>
    Stopped,
}
