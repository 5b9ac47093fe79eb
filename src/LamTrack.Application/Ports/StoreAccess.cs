namespace LamTrack.Application.Ports;

/// <summary>What a caller means to do with a store it opens.</summary>
public enum StoreAccess
{
    /// <summary>Read patients only; nothing is written.</summary>
    ReadOnly,

    /// <summary>Read and write patients (every write is audited under the actor's name).</summary>
    ReadWrite,
}
