using System.Text;

namespace LamTrack.Fuzz;

/// <summary>Deterministic mutations of a valid input: byte flips, truncation, splicing with another input, and
/// JSON/CSV token-level edits (a token inserted, deleted or repeated; a number made huge, negative or not a number).</summary>
/// <remarks>Property-based mutation, not coverage-guided: the same seed gives the same inputs on every machine, so a
/// finding can be replayed from its seed and execution number.</remarks>
public sealed class Mutator(ulong seed)
{
    private static readonly byte[][] s_tokens =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "\""u8.ToArray(),
        "null"u8.ToArray(), "true"u8.ToArray(), "-1"u8.ToArray(), "0"u8.ToArray(), "1e308"u8.ToArray(), "-1e308"u8.ToArray(),
        "NaN"u8.ToArray(), "99999999999999999999999"u8.ToArray(), "\"\\u0000\""u8.ToArray(), "/* */"u8.ToArray(), "\n"u8.ToArray(),
        "\"id\":"u8.ToArray(), "\"resourceType\":"u8.ToArray(), "0000-01-01"u8.ToArray(), "9999-12-31"u8.ToArray(), "\"\\ud800\""u8.ToArray(),
        [0xC3, 0x28], [0xFF], [0x00], "{}"u8.ToArray(), "[]"u8.ToArray(), "\"\""u8.ToArray(), "1.5"u8.ToArray(), ";"u8.ToArray(),
    ];

    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    /// <summary>A mutant of <paramref name="input"/>, sometimes spliced with <paramref name="other"/>.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = new List<byte>(input);
        int edits = 1 + Next(4);
        for (int i = 0; i < edits; i++)
        {
            Edit(bytes, other);
        }

        return [.. bytes];
    }

    private void Edit(List<byte> bytes, byte[] other)
    {
        int at = bytes.Count == 0 ? 0 : Next(bytes.Count);
        switch (Next(8))
        {
            case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << Next(8)); break;
            case 1 when bytes.Count > 0: bytes[at] = (byte)Next(256); break;
            case 2: bytes.RemoveRange(at, bytes.Count - at); break;
            case 3 when other.Length > 0: Splice(bytes, other, at); break;
            case 4: bytes.InsertRange(at, s_tokens[Next(s_tokens.Length)]); break;
            case 5 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + Next(16))); break;
            case 6 when bytes.Count > 0: Repeat(bytes, at); break;
            default: Number(bytes, at); break;
        }
    }

    private void Splice(List<byte> bytes, byte[] other, int at)
    {
        int from = Next(other.Length);
        int length = Math.Min(other.Length - from, 1 + Next(256));
        bytes.InsertRange(at, other.AsSpan(from, length).ToArray());
    }

    private void Repeat(List<byte> bytes, int at)
    {
        int length = Math.Min(bytes.Count - at, 1 + Next(64));
        byte[] slice = bytes.GetRange(at, length).ToArray();
        bytes.InsertRange(at, slice);
    }

    // A digit run becomes a huge, negative, fractional or non-numeric value.
    private void Number(List<byte> bytes, int at)
    {
        int start = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0)
        {
            return;
        }

        int end = start;
        while (end < bytes.Count && bytes[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }

        string[] replacements = ["-1", "0", "1e309", "4294967296", "-0.0", "1e-320", "x", "65536", "2147483648"];
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, Encoding.ASCII.GetBytes(replacements[Next(replacements.Length)]));
    }

    /// <summary>A number in [0, <paramref name="bound"/>) from xorshift64*.</summary>
    public int Next(int bound)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (int)((_state * 0x2545F4914F6CDD1DUL >> 33) % (ulong)bound);
    }
}
