using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Timeline.EventStore;

/// <summary>Work read or computed on another thread a bounded number of chunks ahead of its consumer.</summary>
public static class ReadAhead
{
    /// <summary>
    /// Runs <paramref name="produce"/> on a thread of its own, at most <paramref name="ahead"/> chunks ahead of the
    /// caller, and hands over its chunks in the order it wrote them; its failure is the caller's when reached.
    /// </summary>
    public static async IAsyncEnumerable<T> ChunksAsync<T>(Func<ChannelWriter<T>, CancellationToken, Task> produce, int ahead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producing = Task.Run(async () =>
        {
            try
            {
                await produce(channel.Writer, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception error)
            {
                channel.Writer.Complete(error);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellationToken))
                yield return chunk;
        }
        finally
        {
            await stop.CancelAsync();
            await producing;
        }
    }
}
