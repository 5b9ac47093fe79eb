namespace LamTrack.Application.Progress;

/// <summary>An <see cref="IProgress{T}"/> that calls its handler at once on the reporting thread.</summary>
/// <remarks><see cref="Progress{T}"/> posts to the thread pool, so its last report can arrive after the work ends; a
/// progress bar or a forwarded count must see every report before the work returns.</remarks>
/// <param name="handler">Called with each report.</param>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => handler(value);
}
