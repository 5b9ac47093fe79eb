namespace LamTrack.Application.Ports;

/// <summary>A store that is created and fully migrated, open for writing.</summary>
/// <param name="Provider">The database provider (<c>Sqlite</c> or <c>Postgres</c>).</param>
/// <param name="Description">What the store is, for messages (a file name, or a server and database; never a password).</param>
/// <param name="MigrationsApplied">How many migrations the store has now, all of them applied.</param>
/// <param name="Store">The store, open for writing.</param>
public sealed record StoreReady(string Provider, string Description, int MigrationsApplied, IPatientStore Store);
