namespace LamTrack.Cli.Infrastructure;

/// <summary>Writes a set of output files into a directory only once all of them have been written.</summary>
/// <remarks>
/// Files go to a hidden staging folder inside the target directory; <see cref="Commit"/> moves each into place.
/// Disposing without committing deletes the staging folder, so a failure leaves no new or half-written file.
/// </remarks>
internal sealed class StagedOutputDirectory : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly List<string> _names = [];

    public StagedOutputDirectory(string target)
    {
        _target = Path.GetFullPath(target);
        Directory.CreateDirectory(_target);
        _staging = Path.Combine(_target, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    /// <summary>The staging path for <paramref name="name"/>; write the file there.</summary>
    public string PathFor(string name)
    {
        _names.Add(name);
        return Path.Combine(_staging, name);
    }

    /// <summary>Moves every staged file into the target directory, replacing older ones.</summary>
    public IReadOnlyList<string> Commit()
    {
        var written = new List<string>();
        foreach (string name in _names)
        {
            string destination = Path.Combine(_target, name);
            File.Move(Path.Combine(_staging, name), destination, overwrite: true);
            written.Add(destination);
        }

        return written;
    }

    public void Dispose()
    {
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
