namespace Timeline.Api.Messaging;

public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary><c>InMemory</c> (the default: nothing to install) or <c>RabbitMq</c>.</summary>
    public string Transport { get; set; } = "InMemory";
    public string Host { get; set; } = "localhost";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Whether the forwarder publishes record changes; on by default.</summary>
    public bool Forward { get; set; } = true;

    public bool UsesRabbitMq => Transport.Equals("RabbitMq", StringComparison.OrdinalIgnoreCase);
}
