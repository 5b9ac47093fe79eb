namespace LamTrack.Web.Api;

/// <summary>A temporary folder an export is written into before it is sent; deleted with everything in it when disposed.</summary>
public sealed class ExportFolder : IDisposable
{
    /// <summary>Names a new folder under the system's temporary folder (the exporter creates it).</summary>
    public ExportFolder() => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lamtrack-export-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder's path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
