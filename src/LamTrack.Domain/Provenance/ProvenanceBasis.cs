namespace LamTrack.Domain.Provenance;

/// <summary>Whether a recorded value is what the source says or what we concluded from it.</summary>
public enum ProvenanceBasis
{
    /// <summary>The source states the value.</summary>
    Stated,

    /// <summary>The value is inferred from the source (for example an undated episode that Table 1 counts); the note says how.</summary>
    Inferred,
}
