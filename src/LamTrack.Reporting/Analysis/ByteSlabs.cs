namespace LamTrack.Reporting.Analysis;

/// <summary>Keeps many small byte strings in large shared slabs, one slab being filled per thread.</summary>
/// <remarks>
/// A registry's patients each leave about 1.6 kB of rendered JSON to keep until the file is written. As 100,000
/// small arrays they were copied by the collector each time they aged a generation; a slab is big enough for the
/// large-object heap, which the collector does not move, and it is one object to trace instead of thousands.
/// A slab lives while any of its strings is referenced.
/// </remarks>
internal static class ByteSlabs
{
    // Above the 85,000-byte large-object threshold, small enough that a five-patient cohort wastes little.
    private const int SlabBytes = 256 * 1024;

    [ThreadStatic]
    private static byte[]? t_slab;

    [ThreadStatic]
    private static int t_used;

    /// <summary>Copies <paramref name="bytes"/> into this thread's slab (a new one when it is full) and returns the copy.</summary>
    public static ReadOnlyMemory<byte> Keep(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > SlabBytes / 8)
        {
            return bytes.ToArray();
        }

        if (t_slab is null || SlabBytes - t_used < bytes.Length)
        {
            t_slab = GC.AllocateUninitializedArray<byte>(SlabBytes);
            t_used = 0;
        }

        bytes.CopyTo(t_slab.AsSpan(t_used));
        var kept = new ReadOnlyMemory<byte>(t_slab, t_used, bytes.Length);
        t_used += bytes.Length;
        return kept;
    }
}
