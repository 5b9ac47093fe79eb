using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LamTrack.Storage.Records;

namespace LamTrack.Storage.Auditing;

/// <summary>The canonical byte form of an audit entry, and its SHA-256, on which the audit trail's hash chain rests.</summary>
/// <remarks>
/// <para>
/// The canonical form is the UTF-8 encoding of ten fields in this fixed order: the format tag
/// <see cref="FormatTag"/>, <c>PreviousHash</c>, <c>OccurredAt</c> (the stored value: 100 ns ticks since the Unix
/// epoch, as an invariant decimal integer), <c>Actor</c>, <c>Action</c>, <c>EntityType</c>, <c>EntityKey</c>,
/// <c>EntityVersion</c> (invariant decimal integer), <c>BeforeJson</c> and <c>AfterJson</c>. Each field is written
/// as its length in UTF-8 bytes (decimal), a colon, the bytes, and a line feed; a null field is written as
/// <c>-</c> and a line feed. The length prefix makes the form unambiguous whatever a field holds (line feeds,
/// colons, an empty string as against null), so no two different entries share a canonical form.
/// </para>
/// <para>
/// <c>EntryHash</c> = lowercase hex of SHA-256 (FIPS 180-4) over the canonical form. The entry's own row number
/// is not part of it: the row number orders the chain, and the previous hash inside each entry is what ties an
/// entry to its place, so moving, removing or inserting an entry breaks the next link.
/// </para>
/// </remarks>
public static class AuditCanonicalForm
{
    /// <summary>The first field of every canonical form; a new form would get a new tag.</summary>
    public const string FormatTag = "lamtrack-audit/1";

    /// <summary>The length of a hash in hex digits (SHA-256: 32 bytes).</summary>
    public const int HashLength = 64;

    /// <summary>The previous hash of the first chained entry: 64 zeros.</summary>
    public static string GenesisHash { get; } = new('0', HashLength);

    /// <summary>The canonical form of <paramref name="entry"/> as bytes.</summary>
    public static byte[] Bytes(AuditEntryRecord entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        string?[] fields =
        [
            FormatTag,
            entry.PreviousHash,
            entry.OccurredAt.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.EntityType,
            entry.EntityKey,
            entry.EntityVersion.ToString(CultureInfo.InvariantCulture),
            entry.BeforeJson,
            entry.AfterJson,
        ];
        foreach (string? field in fields)
        {
            WriteField(buffer, field);
        }

        return buffer.ToArray();
    }

    /// <summary>The SHA-256 of <paramref name="entry"/>'s canonical form, as 64 lowercase hex digits.</summary>
    public static string Hash(AuditEntryRecord entry) => Convert.ToHexStringLower(SHA256.HashData(Bytes(entry)));

    private static void WriteField(MemoryStream buffer, string? field)
    {
        if (field is null)
        {
            buffer.Write("-\n"u8);
            return;
        }

        byte[] bytes = Encoding.UTF8.GetBytes(field);
        buffer.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
        buffer.Write(bytes);
        buffer.WriteByte((byte)'\n');
    }
}
