namespace LamTrack.Storage;

/// <summary>The database engines LamTrack can store its data in.</summary>
public enum StorageProvider
{
    /// <summary>SQLite: one file under a data directory, the default for a single clinician.</summary>
    Sqlite = 1,

    /// <summary>PostgreSQL: a server shared by a site, reached by connection string.</summary>
    Postgres = 2,
}
