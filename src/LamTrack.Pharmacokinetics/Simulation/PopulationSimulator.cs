using LamTrack.Pharmacokinetics.Models;
using LamTrack.Pharmacokinetics.Solver;

namespace LamTrack.Pharmacokinetics.Simulation;

/// <summary>Streaming, parallel, seeded Monte Carlo of troughs for N virtual patients on a regular regimen.</summary>
/// <remarks>
/// Each subject's trough sequence follows the exact recurrence x_(n+1) = Φ(τ)·(x_n + D·e_depot), with Φ(τ) the exact
/// no-dose transition over one interval (computed once per subject), so every trough costs a 3×3 multiply-add and no
/// exponential. Subjects are processed in fixed chunks of 2,048, each with its own random stream derived from
/// (seed, chunk). Every trough counts towards the mean and the probabilities below, in and above the window; the troughs of
/// the reported intervals are also binned into a histogram row that stays in cache (percentiles are returned only there).
/// No N×T matrix is stored: memory is O(threads × (T + reported × bins)). Counts are integers and chunk sums are added in chunk
/// order, so the result depends only on the seed, not on thread scheduling.
/// </remarks>
public static class PopulationSimulator
{
    internal const int ChunkSize = 2048;

    /// <summary>Runs the simulation.</summary>
    /// <param name="request">What to simulate.</param>
    /// <param name="progress">Receives the fraction done (0–1), or null.</param>
    /// <param name="cancellationToken">Stops the simulation between chunks of subjects.</param>
    /// <exception cref="ArgumentOutOfRangeException">A dose, interval, count or report interval is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static PopulationSimulationResult Run(PopulationSimulationRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Validate(request);
        int chunks = (request.Subjects + ChunkSize - 1) / ChunkSize;
        var chunkSums = new double[chunks][];
        var total = new WorkerTotals(request);
        int done = 0;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, () => new WorkerTotals(request), (c, _, local) =>
        {
            chunkSums[c] = new TroughKernel(request, (ulong)c).Run(Math.Min(ChunkSize, request.Subjects - (c * ChunkSize)), local);
            progress?.Report((double)Interlocked.Increment(ref done) / chunks);
            return local;
        }, local =>
        {
            lock (total)
            {
                total.Add(local);
            }
        });
        return Summarise(request, total, chunkSums);
    }

    private static PopulationSimulationResult Summarise(PopulationSimulationRequest r, WorkerTotals totals, double[][] chunkSums)
    {
        var mean = new double[r.Intervals];
        foreach (double[] sums in chunkSums)
        {
            for (int n = 0; n < r.Intervals; n++)
            {
                mean[n] += sums[n];
            }
        }

        double[] pta = new double[r.Intervals];
        for (int n = 0; n < r.Intervals; n++)
        {
            mean[n] /= r.Subjects;
            pta[n] = (double)totals.InTarget[n] / r.Subjects;
        }

        TroughSummary[] summaries = [.. r.ReportIntervals.Select(n => Summary(r, totals, n, mean[n - 1]))];
        return new PopulationSimulationResult(r, summaries, pta, mean);
    }

    private static TroughSummary Summary(PopulationSimulationRequest r, WorkerTotals t, int n, double mean)
    {
        var row = new long[LogHistogram.Bins];
        ReadOnlySpan<int> lanes = t.HistogramRow(n - 1);
        for (int i = 0; i < lanes.Length; i++)
        {
            row[i % LogHistogram.Bins] += lanes[i];
        }

        long count = r.Subjects;
        return new TroughSummary(n * r.IntervalHours, mean,
            LogHistogram.Quantile(row, count, 0.05), LogHistogram.Quantile(row, count, 0.25), LogHistogram.Quantile(row, count, 0.5),
            LogHistogram.Quantile(row, count, 0.75), LogHistogram.Quantile(row, count, 0.95),
            (double)t.Below[n - 1] / count, (double)t.InTarget[n - 1] / count, (double)t.Above[n - 1] / count);
    }

    private static void Validate(PopulationSimulationRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!(r.DoseMilligrams > 0) || !(r.IntervalHours > 0) || !double.IsFinite(r.DoseMilligrams) || !double.IsFinite(r.IntervalHours))
        {
            throw new ArgumentOutOfRangeException(nameof(r), "the dose (mg) and the interval (h) must be positive");
        }

        if (SimulationLimits.Problem(r.Intervals, r.Subjects) is { } tooMuch)
        {
            throw new ArgumentOutOfRangeException(nameof(r), tooMuch);
        }

        if (!(r.TargetLowNanogramsPerMillilitre < r.TargetHighNanogramsPerMillilitre) || r.TargetLowNanogramsPerMillilitre < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "the target window must satisfy 0 ≤ low < high ng/mL");
        }

        if (r.ReportIntervals.Any(n => n < 1 || n > r.Intervals))
        {
            throw new ArgumentOutOfRangeException(nameof(r), $"reported intervals must lie in [1, {r.Intervals}]");
        }
    }

    /// <summary>Per-thread counts, merged at the end (integer sums: order-independent).</summary>
    /// <remarks>Histograms are kept only for the reported intervals (the only ones whose percentiles are returned);
    /// the counts below, in and above the window are kept for every interval.</remarks>
    internal sealed class WorkerTotals
    {
        private const int RowLength = LogHistogram.Lanes * LogHistogram.Bins;

        public WorkerTotals(PopulationSimulationRequest r)
        {
            Slot = new int[r.Intervals];
            Array.Fill(Slot, -1);
            int[] reported = [.. r.ReportIntervals.Distinct()];
            for (int k = 0; k < reported.Length; k++)
            {
                Slot[reported[k] - 1] = k;
            }

            Histogram = new int[reported.Length * RowLength];
            (Below, InTarget, Above) = (new long[r.Intervals], new long[r.Intervals], new long[r.Intervals]);
        }

        /// <summary>For each interval, its histogram slot, or −1 when it is not reported.</summary>
        public int[] Slot { get; }

        /// <summary>Counts by reported interval, lane and bin (int: a worker sees at most N ≤ int.MaxValue troughs per interval).</summary>
        public int[] Histogram { get; }

        public long[] Below { get; }

        public long[] InTarget { get; }

        public long[] Above { get; }

        /// <summary>The histogram row (all lanes) of interval <paramref name="n"/> (0-based), or an empty span when it is not reported.</summary>
        public Span<int> HistogramRow(int n) => Slot[n] < 0 ? Span<int>.Empty : Histogram.AsSpan(Slot[n] * RowLength, RowLength);

        public void Add(WorkerTotals other)
        {
            for (int i = 0; i < Histogram.Length; i++)
            {
                Histogram[i] += other.Histogram[i];
            }

            for (int n = 0; n < InTarget.Length; n++)
            {
                Below[n] += other.Below[n];
                InTarget[n] += other.InTarget[n];
                Above[n] += other.Above[n];
            }
        }
    }
}
