using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace LamTrack.PatientFiles.Loading;

/// <summary>Turns short ASCII words into strings, returning the same instance for the same word on a thread.</summary>
/// <remarks>
/// A registry file repeats a few hundred words (event types, units, sources, assays) millions of times. A small
/// direct-mapped table per thread (no locks; a collision just replaces the slot) turns most of them into a lookup
/// instead of a new string each. Longer or non-ASCII values are left to the caller.
/// </remarks>
internal static class Utf8StringCache
{
    private const int Slots = 1024;
    private const int MaxCachedLength = 40;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The cached string for a short ASCII word; false for anything else, which the caller decodes itself
    /// (so that invalid UTF-8 is still refused by the JSON reader, never silently replaced).</summary>
    public static bool TryGet(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out string? word)
    {
        if (utf8.Length > MaxCachedLength || !Ascii.IsValid(utf8))
        {
            word = null;
            return false;
        }

        string?[] slots = t_slots ??= new string?[Slots];
        int slot = (int)(Hash(utf8) & (Slots - 1));
        string? cached = slots[slot];
        if (cached is null || !Ascii.Equals(utf8, cached))
        {
            cached = Encoding.ASCII.GetString(utf8);
            slots[slot] = cached;
        }

        word = cached;
        return true;
    }

    // FNV-1a: cheap and spreads short words well enough for a direct-mapped table.
    private static uint Hash(ReadOnlySpan<byte> utf8)
    {
        uint hash = 2166136261;
        foreach (byte b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
    }
}
