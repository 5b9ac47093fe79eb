namespace LamTrack.Hosting.Storage;

/// <summary>Settings of the patient store, bound from the configuration section <c>LamTrack:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LamTrack:Storage";

    /// <summary>The store used when a request names none: a SQLite path or a PostgreSQL connection string; when empty,
    /// <c>$LAMTRACK_DB</c>, else <c>lamtrack.db</c> in the user's data directory.</summary>
    public string? DefaultDatabase { get; set; }
}
