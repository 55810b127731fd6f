namespace Timeline.Auditing;

/// <summary>When checkpoints are signed, and with which key (the <c>Auditing</c> configuration section).</summary>
public sealed record AuditingOptions
{
    public const string Section = "Auditing";

    /// <summary>Sign when the tree has grown by this many leaves since the last checkpoint.</summary>
    public int CheckpointEveryEvents { get; init; } = 1000;

    /// <summary>Sign this often when the tree has grown at all; 0 turns the timer off.</summary>
    public double CheckpointEverySeconds { get; init; } = 10;

    /// <summary>A PEM file holding the P-256 private key; created (owner-only) when missing.</summary>
    public string? SigningKeyPath { get; init; }

    /// <summary>The private key itself, in PEM; takes precedence over the file.</summary>
    public string? SigningKeyPem { get; init; }
}
