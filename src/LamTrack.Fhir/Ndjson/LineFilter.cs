namespace LamTrack.Fhir.Ndjson;

/// <summary>Decides from a line's bytes, before it is parsed, whether the resource on it is worth a full parse.</summary>
/// <returns><see langword="true"/> to parse the line; <see langword="false"/> to skip it (the filter accounts for it).</returns>
internal delegate bool LineFilter(ReadOnlySpan<byte> line);
