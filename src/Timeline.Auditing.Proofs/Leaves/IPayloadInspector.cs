using System.Text.Json;
using Timeline.Auditing.Proofs.Canonical;

namespace Timeline.Auditing.Proofs.Leaves;

/// <summary>
/// Looks at a payload while its leaf is hashed: object by object when the plain way reads it, or as a parsed document
/// when it goes the general way. <see cref="Start"/> comes before each way is tried, so what a way that gave up had
/// seen is forgotten.
/// </summary>
public interface IPayloadInspector : IPlainObjectCheck
{
    void Start();

    void Parsed(JsonElement payload);
}
