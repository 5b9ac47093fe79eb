namespace LamTrack.Cli.Commands.Storage;

/// <summary>An <see cref="IProgress{T}"/> that calls its handler at once on the reporting thread.</summary>
/// <remarks><see cref="Progress{T}"/> posts to the thread pool, so its last report can arrive after the work ends.</remarks>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
