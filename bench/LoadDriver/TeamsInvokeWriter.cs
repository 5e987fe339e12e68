using System.Buffers;
using System.Text.Json;

namespace LoadDriver;

/// <summary>An agent of a tier, as Teams names them on an activity: a Teams id and the Entra object id.</summary>
public sealed record TierAgent(string ObjectId, string Name)
{
    public string TeamsId => "29:" + ObjectId;
}

/// <summary>
/// Writes the <c>adaptiveCard/action</c> invoke Teams posts when an agent presses an <c>Action.Execute</c> button
/// on a card in a channel thread, directly on the wire like <see cref="TeamsActivityWriter"/>.
/// </summary>
public sealed class TeamsInvokeWriter(Uri serviceUrl, TimeProvider clock)
{
    private readonly string _serviceUrl = serviceUrl.ToString();

    /// <summary>Writes the invoke into <paramref name="buffer"/>, which an agent reuses from one press to the next.</summary>
    /// <param name="version">The ticket version the pressed card showed; null writes data without one.</param>
    public void WriteCardAction(IBufferWriter<byte> buffer, string activityId, ChannelThread thread, TierAgent agent, string verb, string ticketId, int? version)
    {
        using (var json = new Utf8JsonWriter(buffer))
        {
            var now = clock.GetUtcNow();
            var channelId = thread.ConversationId.Split(';')[0];
            json.WriteStartObject();
            json.WriteString("type", "invoke");
            json.WriteString("name", "adaptiveCard/action");
            json.WriteString("id", activityId);
            json.WriteString("timestamp", now);
            json.WriteString("localTimestamp", now);
            json.WriteString("serviceUrl", _serviceUrl);
            json.WriteString("channelId", "msteams");

            json.WriteStartObject("from");
            json.WriteString("id", agent.TeamsId);
            json.WriteString("name", agent.Name);
            json.WriteString("aadObjectId", agent.ObjectId);
            json.WriteEndObject();

            json.WriteStartObject("conversation");
            json.WriteBoolean("isGroup", true);
            json.WriteString("conversationType", "channel");
            json.WriteString("tenantId", TeamsActivityWriter.TenantId);
            json.WriteString("id", thread.ConversationId);
            json.WriteEndObject();

            TeamsActivityWriter.WriteBotRecipient(json);

            json.WriteString("replyToId", thread.ActivityId);
            json.WriteString("locale", "en-US");

            TeamsActivityWriter.WriteClientInfo(json, "US", "Web", "Asia/Seoul");

            json.WriteStartObject("channelData");
            json.WriteStartObject("channel");
            json.WriteString("id", channelId);
            json.WriteEndObject();
            json.WriteStartObject("tenant");
            json.WriteString("id", TeamsActivityWriter.TenantId);
            json.WriteEndObject();
            json.WriteStartObject("source");
            json.WriteString("name", "message");
            json.WriteEndObject();
            json.WriteStartObject("legacy");
            json.WriteString("replyToId", thread.ActivityId);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("value");
            json.WriteStartObject("action");
            json.WriteString("type", "Action.Execute");
            json.WriteString("verb", verb);
            json.WriteStartObject("data");
            json.WriteString("ticketId", ticketId);
            if (version is { } v)
            {
                json.WriteNumber("version", v);
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("trigger", "manual");
            json.WriteEndObject();

            json.WriteEndObject();
        }
    }
}
