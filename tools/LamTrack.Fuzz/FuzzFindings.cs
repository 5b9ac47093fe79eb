namespace LamTrack.Fuzz;

/// <summary>Saves findings as replayable files: the input bytes, and a text file with what happened.</summary>
public static class FuzzFindings
{
    /// <summary>Writes each finding to <paramref name="folder"/> as <c>TARGET-EXECUTION.bin</c> and <c>.txt</c>.</summary>
    public static void Save(string folder, IEnumerable<FuzzFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (FuzzFinding f in findings)
        {
            Directory.CreateDirectory(folder);
            string stem = Path.Combine(folder, $"{f.Target}-{f.Execution}");
            File.WriteAllBytes(stem + ".bin", f.Input);
            File.WriteAllText(stem + ".txt", $"{f.Kind}: {f.Detail}\n");
        }
    }
}
