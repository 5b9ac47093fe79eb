namespace LamTrack.Application.Stores;

/// <summary>Which store to back up and where to.</summary>
/// <param name="Connection">The SQLite file or connection string; null for the configured default store.</param>
/// <param name="Destination">The backup file to write; it must not exist yet.</param>
public sealed record StoreBackupRequest(string? Connection, string Destination);
