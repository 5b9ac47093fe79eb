namespace LamTrack.Fhir.Export;

/// <summary>Writes a set of files into a hidden staging folder beside the target and moves them into place only on
/// <see cref="Commit"/>, so a failed or interrupted export leaves no half-written output.</summary>
internal sealed class AtomicDirectory : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public AtomicDirectory(string target)
    {
        _target = Path.GetFullPath(target);
        string parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The staging folder files are written to.</summary>
    public string Staging { get; }

    /// <summary>Moves every staged file into the target folder, replacing files of the same name.</summary>
    public void Commit()
    {
        Directory.CreateDirectory(_target);
        foreach (string file in Directory.EnumerateFiles(Staging))
        {
            File.Move(file, Path.Combine(_target, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Delete(Staging, recursive: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
