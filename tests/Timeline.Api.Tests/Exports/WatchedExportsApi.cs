using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Api.Tests.Exports;

/// <summary>The service with a middleware outside all of its own that notes how many bytes each export's answer sent, once it has ended.</summary>
public sealed class WatchedExportsApi() : TimelineApiFactory(loadSampleData: false)
{
    public ConcurrentQueue<long> ExportsEnded { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new Watch(ExportsEnded)));
    }

    private sealed class Watch(ConcurrentQueue<long> ended) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, rest) =>
            {
                if (!context.Request.Path.Value!.EndsWith("/export", StringComparison.Ordinal))
                {
                    await rest(context);
                    return;
                }
                var counted = new CountedStream(context.Response.Body);
                context.Response.Body = counted;
                try
                {
                    await rest(context);
                }
                finally
                {
                    ended.Enqueue(counted.Written);
                }
            });
            next(app);
        };
    }

    private sealed class CountedStream(Stream inner) : Stream
    {
        public long Written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Interlocked.Add(ref Written, count);
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref Written, buffer.Length);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
