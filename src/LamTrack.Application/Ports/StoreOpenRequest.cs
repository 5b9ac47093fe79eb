namespace LamTrack.Application.Ports;

/// <summary>Which store to open and how.</summary>
/// <param name="Connection">A SQLite file path or connection string, or a PostgreSQL connection string (the store locator
/// in LamTrack.Hosting picks the provider); null for the configured default store.</param>
/// <param name="Access">Read only, or read and write.</param>
/// <param name="Actor">Who writes, recorded in the audit trail of every change.</param>
public sealed record StoreOpenRequest(string? Connection, StoreAccess Access, string Actor);
