using System.Threading.Channels;
using LamTrack.Application.Ports;
using LamTrack.Application.Problems;
using LamTrack.Storage.Patients;

namespace LamTrack.Storage.Timelines;

/// <summary>A whole-store read where one thread reads the rows and the others turn each stored record into a patient
/// and project her, so that parsing, validation and the caller's work run beside the read instead of after it.</summary>
/// <remarks>
/// The reader hands records to the workers through a bounded channel, so at most <see cref="Capacity"/> unparsed
/// records wait in memory, and a patient is dropped as soon as she is projected. Before, the whole store was read into
/// a list of patients and only then analysed: at 100,000 patients 2 GB lived at once and the collector's pauses were
/// a third of <c>analyze --db</c> (docs/benchmarks.md).
/// </remarks>
internal static class ParallelPatientProjection
{
    /// <summary>How many read records may wait for a worker.</summary>
    public const int Capacity = 256;

    /// <summary>Reads <paramref name="rows"/> on the calling thread and maps and projects them on <paramref name="workers"/> others.</summary>
    public static async Task<IReadOnlyList<(string PatientId, T Item)>> RunAsync<T>(IAsyncEnumerable<StoredRecord> rows, Func<StoredRecord, PatientVersion> map,
        Func<PatientVersion, T> project, ICollection<Problem> unreadable, IProgress<long>? progress, int workers, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<StoredRecord>(new BoundedChannelOptions(Capacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<Worker<T>>[] running = [.. Enumerable.Range(0, Math.Max(1, workers)).Select(_ => Task.Run(() => WorkAsync(channel.Reader, map, project, stop), CancellationToken.None))];
        try
        {
            await ReadAsync(rows, channel.Writer, progress, stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A worker failed and stopped the read; its own exception is the one to report, below.
        }
        finally
        {
            channel.Writer.TryComplete();
        }

        Worker<T>[] done = await Task.WhenAll(running).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return SequentialProjection.Ordered([.. done.SelectMany(w => w.Kept)], done.SelectMany(w => w.Problems), unreadable);
    }

    private static async Task ReadAsync(IAsyncEnumerable<StoredRecord> rows, ChannelWriter<StoredRecord> writer, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long read = 0;
        await foreach (StoredRecord row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
            if (++read % SequentialProjection.ProgressStep == 0)
            {
                progress?.Report(read);
            }
        }

        progress?.Report(read);
    }

    private static async Task<Worker<T>> WorkAsync<T>(ChannelReader<StoredRecord> reader, Func<StoredRecord, PatientVersion> map, Func<PatientVersion, T> project, CancellationTokenSource stop)
    {
        var worker = new Worker<T>();
        try
        {
            while (await reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (reader.TryRead(out StoredRecord? row))
                {
                    worker.Take(row, map, project);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The read was cancelled or another worker failed; what this worker kept is not used.
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }

        return worker;
    }

    /// <summary>What one worker kept: its projections and the problems of the records that did not read.</summary>
    private sealed class Worker<T>
    {
        public List<(string PatientId, T Item)> Kept { get; } = [];

        public List<Problem> Problems { get; } = [];

        public void Take(StoredRecord row, Func<StoredRecord, PatientVersion> map, Func<PatientVersion, T> project)
        {
            PatientVersion patient;
            try
            {
                patient = map(row);
            }
            catch (ProblemException ex)
            {
                Problems.Add(ex.Problem);
                return;
            }

            Kept.Add((patient.Patient.Id, project(patient)));
        }
    }
}
