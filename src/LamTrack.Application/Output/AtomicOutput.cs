namespace LamTrack.Application.Output;

/// <summary>Writes an output file all at once or not at all.</summary>
/// <remarks>
/// The content goes to a hidden temporary file beside the target, which is renamed over the target only when
/// writing finished; on any failure the temporary file is deleted, so a reader never sees half a file.
/// </remarks>
public static class AtomicOutput
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing any existing file.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
