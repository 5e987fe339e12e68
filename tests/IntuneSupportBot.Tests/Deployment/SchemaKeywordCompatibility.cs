using System.Text.Json.Nodes;

namespace IntuneSupportBot.Tests.Deployment;

/// <summary>
/// The Teams schemas declare draft-04 but rely on two later behaviours that NJsonSchema (reading them as draft-04)
/// would silently skip: <c>const</c> (on manifestVersion) and constraints written beside a <c>$ref</c> (e.g. the
/// 30-character limit on the localized short name). Both are rewritten into draft-04 forms with the same meaning,
/// so the check is as strict as the schema's authors intended.
/// </summary>
internal static class SchemaKeywordCompatibility
{
    private static readonly HashSet<string> Annotations = ["$ref", "description", "default", "title", "$schema", "id"];

    public static JsonNode Rewrite(JsonNode schema)
    {
        Visit(schema);
        return schema;
    }

    private static void Visit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject subschema:
                if (!IsMapOfNames(subschema))
                {
                    RewriteConst(subschema);
                    RewriteRefWithSiblings(subschema);
                }

                foreach (var child in subschema.Select(entry => entry.Value).ToList())
                {
                    Visit(child);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item);
                }

                break;
        }
    }

    // The value of "properties" and its kin maps names to subschemas; its keys are not keywords.
    private static bool IsMapOfNames(JsonObject node) =>
        node.Parent is JsonObject && node.GetPropertyName() is "properties" or "patternProperties" or "definitions" or "dependencies";

    // "const": x  means exactly  "enum": [x].
    private static void RewriteConst(JsonObject subschema)
    {
        if (subschema["const"] is { } constant && subschema["enum"] is null)
        {
            subschema.Remove("const");
            subschema["enum"] = new JsonArray(constant.DeepClone());
        }
    }

    // { "$ref": r, "maxLength": 30 }  becomes  { "maxLength": 30, "allOf": [ { "$ref": r } ] }: the node keeps its
    // place, so JSON pointers into the document still resolve.
    private static void RewriteRefWithSiblings(JsonObject subschema)
    {
        if (subschema["$ref"] is not JsonValue reference || subschema.All(entry => Annotations.Contains(entry.Key)))
        {
            return;
        }

        subschema.Remove("$ref");
        var allOf = subschema["allOf"] as JsonArray ?? [];
        allOf.Add(new JsonObject { ["$ref"] = reference });
        subschema["allOf"] = allOf;
    }
}
