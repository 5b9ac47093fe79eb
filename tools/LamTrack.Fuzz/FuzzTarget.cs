namespace LamTrack.Fuzz;

/// <summary>One parser under fuzzing: its seed inputs and how to run it on one input.</summary>
/// <param name="Name">A short name (patient-json, fhir-ndjson-gzip, ...).</param>
/// <param name="Seeds">Valid inputs to mutate.</param>
/// <param name="Run">Parses one input. It returns for a result or coded problems and throws only on a defect; the
/// parser's own documented exception for bad input (a model file's <c>ModelFileException</c>, say) is caught by the
/// target itself as a coded outcome. Parsers that read files asynchronously (the FHIR importer) are awaited.</param>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Func<byte[], Task> Run);
