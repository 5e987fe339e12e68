using System.Buffers;
using System.Text.Json;

namespace LoadDriver;

/// <summary>
/// Writes the message activity Teams posts for a 1:1 chat, written directly on the wire rather than through the
/// bot's own schema types, so the driver checks the bot against the protocol and not against itself.
/// </summary>
public sealed class TeamsActivityWriter(Uri serviceUrl, TimeProvider clock)
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:00000000-0000-0000-0000-00000000b07b";

    private readonly string _serviceUrl = serviceUrl.ToString();

    public byte[] Write(string activityId, string conversationId, int user, string text)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var now = clock.GetUtcNow();
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", activityId);
            json.WriteString("timestamp", now);
            json.WriteString("localTimestamp", now);
            json.WriteString("serviceUrl", _serviceUrl);
            json.WriteString("channelId", "msteams");

            json.WriteStartObject("from");
            json.WriteString("id", $"29:bench-user-{user}");
            json.WriteString("name", $"Bench User {user}");
            json.WriteString("aadObjectId", UserObjectId(user));
            json.WriteEndObject();

            json.WriteStartObject("conversation");
            json.WriteString("conversationType", "personal");
            json.WriteString("tenantId", TenantId);
            json.WriteString("id", conversationId);
            json.WriteEndObject();

            WriteBotRecipient(json);

            json.WriteString("text", text);
            json.WriteString("textFormat", "plain");
            json.WriteString("locale", "en-US");

            WriteClientInfo(json, "US", "Windows", "America/Los_Angeles");

            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", TenantId);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string UserObjectId(int user) => $"00000000-0000-4000-8000-{user:x12}";

    /// <summary>The bot as the recipient Teams names on every activity.</summary>
    public static void WriteBotRecipient(Utf8JsonWriter json)
    {
        json.WriteStartObject("recipient");
        json.WriteString("id", BotId);
        json.WriteString("name", "IntuneSupportBot");
        json.WriteEndObject();
    }

    /// <summary>The clientInfo entity Teams adds: where and on what the user's client runs.</summary>
    public static void WriteClientInfo(Utf8JsonWriter json, string country, string platform, string timezone)
    {
        json.WriteStartArray("entities");
        json.WriteStartObject();
        json.WriteString("type", "clientInfo");
        json.WriteString("locale", "en-US");
        json.WriteString("country", country);
        json.WriteString("platform", platform);
        json.WriteString("timezone", timezone);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
