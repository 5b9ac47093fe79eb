namespace LamTrack.Application.Ports;

/// <summary>Opens the store a connection text names (a SQLite file or a PostgreSQL server).</summary>
public interface IPatientStoreFactory
{
    /// <summary>Opens an existing, fully migrated store; never creates one by accident.</summary>
    /// <exception cref="Problems.ProblemException">The text names no usable store (<c>STORE-005</c>), or the store does not
    /// exist or is not migrated (<c>STORE-008</c>).</exception>
    Task<IPatientStore> OpenAsync(StoreOpenRequest request, CancellationToken cancellationToken);
}
