using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.Auditing.Proofs.Leaves;
using Timeline.EventStore;

namespace Timeline.Api.Audit;

/// <summary>
/// A record's stream as W3C PROV-JSON. The announcement paragraph is the primary source; each event that
/// states or corrects the record makes a new version of it (an entity) by an activity; recorders and import
/// batches are the agents. A retraction invalidates the last version; any other event, including lifecycle
/// events this service does not know (a review), is an activity that used the version current at the time.
/// </summary>
internal static class RecordProvenance
{
    private const string Recorded = "recording", Corrected = "RecordCorrected.v1", Retracted = "RecordRetracted.v1";

    public static JsonObject Of(string recordId, IReadOnlyList<StoredEvent> events)
    {
        var document = new ProvDocument();
        string? current = null;
        foreach (var e in events)
        {
            var activity = $"evt:{e.EventId}";
            var time = LogLeaf.FormatTime(e.RecordedAt);
            var role = current is null ? Recorded : e.Type;
            document.Add("activity", activity, new JsonObject
            {
                ["prov:type"] = QName(role switch { Recorded => "tl:Recording", Corrected => "tl:Correction", Retracted => "tl:Retraction", _ => "tl:Activity" }),
                ["prov:startTime"] = time,
                ["prov:endTime"] = time,
                ["tl:eventType"] = e.Type,
                ["tl:eventId"] = e.EventId.ToString(),
                ["tl:position"] = e.Position,
            });
            var recorder = $"agent:{Uri.EscapeDataString(e.Metadata.RecordedBy)}";
            document.Add("agent", recorder, new JsonObject { ["prov:type"] = QName("prov:Agent"), ["prov:label"] = e.Metadata.RecordedBy });
            document.Relate("wasAssociatedWith", new JsonObject { ["prov:activity"] = activity, ["prov:agent"] = recorder });
            if (e.Metadata.ImportBatch is { } batch)
            {
                var batchAgent = $"batch:{Uri.EscapeDataString(batch)}";
                document.Add("agent", batchAgent, new JsonObject { ["prov:type"] = QName("tl:ImportBatch"), ["prov:label"] = batch });
                document.Relate("wasAssociatedWith", new JsonObject { ["prov:activity"] = activity, ["prov:agent"] = batchAgent, ["prov:role"] = QName("tl:importBatch") });
            }

            if (role is Recorded or Corrected)
            {
                var version = $"rec:{recordId}.v{e.Revision}";
                document.Add("entity", version, new JsonObject
                {
                    ["prov:type"] = QName("tl:RecordVersion"),
                    ["tl:revision"] = e.Revision,
                    ["tl:stream"] = e.Stream,
                });
                document.Relate("wasGeneratedBy", new JsonObject { ["prov:entity"] = version, ["prov:activity"] = activity, ["prov:time"] = time });
                document.Relate("wasAttributedTo", new JsonObject { ["prov:entity"] = version, ["prov:agent"] = recorder });
                if (current is not null)
                {
                    document.Relate("used", new JsonObject { ["prov:activity"] = activity, ["prov:entity"] = current });
                    // PROV-JSON states wasRevisionOf as a derivation typed prov:Revision.
                    document.Relate("wasDerivedFrom", new JsonObject { ["prov:generatedEntity"] = version, ["prov:usedEntity"] = current, ["prov:activity"] = activity, ["prov:type"] = QName("prov:Revision") });
                }
                if (SourceOf(e) is { } source)
                {
                    var paragraph = $"src:{source["sha256"]}";
                    document.Add("entity", paragraph, SourceEntity(source));
                    document.Relate("used", new JsonObject { ["prov:activity"] = activity, ["prov:entity"] = paragraph });
                    document.Relate("wasDerivedFrom", new JsonObject { ["prov:generatedEntity"] = version, ["prov:usedEntity"] = paragraph, ["prov:type"] = QName("prov:PrimarySource") });
                }
                current = version;
            }
            else if (role == Retracted)
            {
                document.Relate("wasInvalidatedBy", new JsonObject { ["prov:entity"] = current, ["prov:activity"] = activity, ["prov:time"] = time });
            }
            else
            {
                document.Relate("used", new JsonObject { ["prov:activity"] = activity, ["prov:entity"] = current, ["prov:time"] = time });
            }
        }
        return document.ToJson();
    }

    private static JsonObject? SourceOf(StoredEvent e)
    {
        try
        {
            var data = JsonNode.Parse(e.Data.Span);
            var source = data?["facts"]?["source"] as JsonObject ?? data?["changes"]?["source"] as JsonObject ?? data?["source"] as JsonObject;
            return source?["sha256"] is JsonValue ? source : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject SourceEntity(JsonObject source)
    {
        var entity = new JsonObject { ["prov:type"] = QName("tl:AnnouncementParagraph") };
        foreach (var (name, value) in source)
        {
            if (value is not null)
                entity[name == "text" ? "prov:value" : $"tl:{name}"] = value.DeepClone();
        }
        return entity;
    }

    private static JsonObject QName(string name) => new() { ["$"] = name, ["type"] = "xsd:QName" };

    /// <summary>The PROV-JSON document being built: prefixes, the three kinds of node, and relations under blank ids.</summary>
    private sealed class ProvDocument
    {
        private readonly JsonObject _root = new()
        {
            ["prefix"] = new JsonObject
            {
                ["tl"] = "urn:ouc-timeline:vocabulary#",
                ["rec"] = "urn:ouc-timeline:record:",
                ["evt"] = "urn:ouc-timeline:event:",
                ["src"] = "urn:ouc-timeline:source-sha256:",
                ["agent"] = "urn:ouc-timeline:recorder:",
                ["batch"] = "urn:ouc-timeline:import-batch:",
            },
        };

        private int _relations;

        public void Add(string kind, string id, JsonObject attributes)
        {
            var nodes = Section(kind);
            nodes.TryAdd(id, attributes);
        }

        public void Relate(string relation, JsonObject attributes) => Section(relation)[$"_:{relation}{++_relations}"] = attributes;

        public JsonObject ToJson() => _root;

        private JsonObject Section(string name) => _root[name] as JsonObject ?? (JsonObject)(_root[name] = new JsonObject());
    }
}
