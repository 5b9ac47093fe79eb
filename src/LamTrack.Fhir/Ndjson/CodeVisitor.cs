namespace LamTrack.Fhir.Ndjson;

/// <summary>Looks at one code value of a line; returns true to stop.</summary>
internal delegate bool CodeVisitor(ReadOnlySpan<byte> code);
