using System.Runtime.ExceptionServices;
using LamTrack.Storage.Errors;

namespace LamTrack.Storage.Import;

/// <summary>Reads the import's input a batch at a time and maps each batch on all cores.</summary>
/// <remarks>
/// The bounded half of the import pipeline: the importer asks for batch k+1 while it writes batch k, so at most two
/// batches (a few thousand patients, tens of megabytes) are in memory however large the input. Reading and the
/// identifier check stay sequential, in input order; only the mapping (JSON work, pure CPU) runs in parallel.
/// </remarks>
internal sealed class BatchReader<T>(IEnumerator<T> input, Func<T, string> identifierOf, Func<T, PreparedPatient> prepare, HashSet<string> known, int batchSize)
{
    /// <summary>Reads and maps the next batch on a worker thread.</summary>
    public Task<ImportBatch> NextAsync(CancellationToken cancellationToken) => Task.Run(() => Next(cancellationToken), cancellationToken);

    private ImportBatch Next(CancellationToken cancellationToken)
    {
        var items = new List<T>(batchSize);
        // skippedBefore[i]: how many input items of this batch were skipped before items[i].
        var skippedBefore = new List<int>(batchSize);
        int skipped = 0;
        bool more = true;
        while (items.Count + skipped < batchSize && (more = input.MoveNext()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (known.Add(identifierOf(input.Current)))
            {
                items.Add(input.Current);
                skippedBefore.Add(skipped);
            }
            else
            {
                skipped++;
            }
        }

        (PreparedPatient?[] prepared, StorageException?[] errors) = MapAll(items, cancellationToken);
        int failed = Array.FindIndex(errors, e => e is not null);
        return failed < 0
            ? new ImportBatch(prepared!, skipped, null, !more)
            : new ImportBatch(prepared[..failed]!, skippedBefore[failed], errors[failed], IsLast: true);
    }

    private (PreparedPatient?[] Prepared, StorageException?[] Errors) MapAll(List<T> items, CancellationToken cancellationToken)
    {
        var prepared = new PreparedPatient?[items.Count];
        var errors = new StorageException?[items.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.For(0, items.Count, options, i => (prepared[i], errors[i]) = PrepareOne(items[i]));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // A mapping bug, not bad data (that is caught per patient): the caller gets the worker's own exception.
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return (prepared, errors);
    }

    private (PreparedPatient?, StorageException?) PrepareOne(T item)
    {
        try
        {
            return (prepare(item), null);
        }
        catch (StorageException ex)
        {
            // Reported in input order by the importer, after every patient before it is written.
            return (null, ex);
        }
    }
}
