using System.Buffers;
using System.Text.Json;
using LamTrack.Analytics.Cohort;

namespace LamTrack.Reporting.Analysis;

/// <summary>Writes a registry's per-patient objects on every core and splices them, in order, into one document.</summary>
/// <remarks>
/// Formatting numbers is most of the cost of <c>analysis.json</c> at registry size, and each patient's object is
/// independent. Chunks of patients are rendered in parallel (a bounded window, so memory stays a few megabytes),
/// then each object is written as a raw value, so the document is byte for byte what a single writer gives.
/// Only for compact output: the separators are single commas.
/// </remarks>
internal static class PatientJsonChunks
{
    private const int PatientsPerChunk = 1024;

    public static void Write(Utf8JsonWriter w, IReadOnlyList<PatientAnalysis> patients, Action<Utf8JsonWriter, PatientAnalysis> writePatient, int flushThresholdBytes)
    {
        int chunks = (patients.Count + PatientsPerChunk - 1) / PatientsPerChunk;
        int window = 2 * Environment.ProcessorCount;

        // One buffer per slot of the window, reused: a window is spliced before the next is rendered. A new 2 MB
        // buffer per chunk went to the large-object heap and set off full collections while a registry was written.
        var buffers = new ArrayBufferWriter<byte>[Math.Min(window, chunks)];
        for (int first = 0; first < chunks; first += window)
        {
            var rendered = new Rendered[Math.Min(window, chunks - first)];
            Parallel.For(0, rendered.Length, i => rendered[i] = Render(patients, (first + i) * PatientsPerChunk, writePatient,
                buffers[i] ??= new ArrayBufferWriter<byte>(PatientsPerChunk * 2048)));
            foreach (Rendered chunk in rendered)
            {
                foreach ((int start, int length) in chunk.Objects)
                {
                    w.WriteRawValue(chunk.Bytes.Span.Slice(start, length), skipInputValidation: true);
                }

                if (w.BytesPending > flushThresholdBytes)
                {
                    w.Flush();
                }
            }
        }
    }

    private static Rendered Render(IReadOnlyList<PatientAnalysis> patients, int from, Action<Utf8JsonWriter, PatientAnalysis> writePatient, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        var objects = new List<(int Start, int Length)>(PatientsPerChunk);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (int i = from; i < Math.Min(from + PatientsPerChunk, patients.Count); i++)
            {
                // After the first object the writer puts a comma before the next one; it is not part of the object.
                int start = (int)(writer.BytesCommitted + writer.BytesPending) + (i > from ? 1 : 0);
                writePatient(writer, patients[i]);
                objects.Add((start, (int)(writer.BytesCommitted + writer.BytesPending) - start));
            }

            writer.WriteEndArray();
        }

        return new Rendered(buffer.WrittenMemory, objects);
    }

    private sealed record Rendered(ReadOnlyMemory<byte> Bytes, List<(int Start, int Length)> Objects);
}
